import { getMessage } from '../../components/browser-i18n';
import { mountPage } from '../../components/mount-page';
import '../../components/page.css';

mountPage({
  titleKey: 'clipsTitle',
  introKey: 'clipsIntro',
  links: [],
  getMessage,
});
