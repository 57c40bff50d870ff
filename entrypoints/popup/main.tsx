import '../../components/page.css';
import { mountPopup } from './popup-app';

mountPopup(document.getElementById('app')!);
