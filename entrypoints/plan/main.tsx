import { getMessage } from '../../components/browser-i18n';
import { mountPage } from '../../components/mount-page';
import '../../components/page.css';

mountPage({
  titleKey: 'planTitle',
  introKey: 'planIntro',
  links: [],
  getMessage,
});
