export { CallbackReminders } from './callback-reminders';
export { CallbackService } from './callback-service';
export { callbackChangeStatement } from './callback-reads';
