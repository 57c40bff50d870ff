import '../../components/page.css';
import '../../components/plan/plan.css';
import { mountPlanBrowser } from './plan-app';

mountPlanBrowser(document.getElementById('app')!);
