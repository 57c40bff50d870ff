import '../../components/page.css';
import { mountOptions } from './options-app';

mountOptions(document.getElementById('app')!);
