import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SipPhoneHostMount } from './telephony/sip/SipPhoneHostMount';
import { TwilioDeviceHostMount } from './telephony/TwilioDeviceHostMount';
import './styles/app.css';
import './styles/screens.css';
import './styles/small-screen.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root');
createRoot(container).render(
  <StrictMode>
    <App />
    <TwilioDeviceHostMount />
    <SipPhoneHostMount />
  </StrictMode>,
);
