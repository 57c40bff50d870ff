import { getMessage } from '../../components/browser-i18n';
import { mountPage } from '../../components/mount-page';
import '../../components/page.css';

mountPage({
  titleKey: 'optionsTitle',
  introKey: 'optionsIntro',
  links: [],
  getMessage,
});
