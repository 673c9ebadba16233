export { chooseCallerId, type CallerIdChoice, type PresenceLead } from './choose-caller-id';
export { planLocalPresence, type PresencePlan } from './presence-plan';
export { CallerIdChooser } from './caller-id-chooser';
