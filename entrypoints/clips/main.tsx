import '../../components/page.css';
import '../../components/clips/library.css';
import { mountLibrary } from './library-app';

mountLibrary(document.getElementById('app')!);
