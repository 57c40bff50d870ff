import { getMessage } from '../../components/browser-i18n';
import { mountPage } from '../../components/mount-page';
import '../../components/page.css';

mountPage({
  titleKey: 'popupTitle',
  introKey: 'popupIntro',
  links: [
    { href: '/plan.html', labelKey: 'linkPlan' },
    { href: '/clips.html', labelKey: 'linkClips' },
    { href: '/options.html', labelKey: 'linkOptions' },
  ],
  getMessage,
});
