export { CampaignRepository } from './campaign-repository';
export { CampaignService } from './campaign-service';
