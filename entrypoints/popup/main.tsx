import '../../components/page.css';
import '../../components/popup/popup.css';
import '../../components/popup/annotate.css';
import '../../components/popup/plan-lookup.css';
import { mountPopup } from './popup-app';

mountPopup(document.getElementById('app')!);
