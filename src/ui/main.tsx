/** Entry point: language, the app's one simulation pool, and the shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { SimPoolProvider } from './pool/SimPoolProvider';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <SimPoolProvider>
        <App />
      </SimPoolProvider>
    </I18nProvider>
  </StrictMode>,
);
