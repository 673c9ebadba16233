export { CampaignRepository } from './campaign-repository';
export { CampaignService } from './campaign-service';
export { requeueForMaxAttemptsStatement } from './campaign-requeue';
export { teamCampaignRefusal } from './campaign-service';
