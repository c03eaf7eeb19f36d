// The shared tokens and components first, so each screen's own stylesheet can refine them.
import './styles/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import { queryClient } from './lib/query';
import { connectShell } from './lib/shell-bridge';

// The desktop menu and notifications navigate, and changes made from the menu refresh the screens.
connectShell(() => void queryClient.invalidateQueries());

// zod probes `new Function` to speed up parsing; the CSP forbids eval, so say so up front.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
