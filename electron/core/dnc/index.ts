export { DncRepository } from './dnc-repository';
export { DncService } from './dnc-service';
