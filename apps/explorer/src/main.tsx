import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html: the element #root the explorer renders into is missing');
createRoot(root).render(
  <StrictMode>
    <App loadReview={() => import('virtual:smspartner-review').then((module) => module.default)} />
  </StrictMode>,
);
