import '@werkplek/ui/styles.css';
import { startStandalone } from '@werkplek/frontend-kit/standalone';
import TrainingApp, { AREA_PATH } from '../App.js';

// Standalone development (README, "Standalone"): started by src/index.ts on the standalone page only.
startStandalone({ App: TrainingApp, title: 'Ondernemersvorming', basePath: AREA_PATH, startPath: '/jaaractieplannen', rootId: 'werkplek-training-standalone' });
