import '../../components/page.css';
import '../../components/options/user-terms.css';
import '../../components/options/options.css';
import { mountOptions } from './options-app';

mountOptions(document.getElementById('app')!);
