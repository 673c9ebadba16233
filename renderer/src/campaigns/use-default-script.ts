import { useEffect, useState } from 'react';
import { getBridge } from '../bridge/get-bridge';

/**
 * The script a campaign without its own is called with (the core's default), so the editor can
 * preview it and start from it. Null until read, or when the campaign has its own script.
 */
export function useDefaultScript(campaignId: string, hasOwnScript: boolean): string | null {
  const [markdown, setMarkdown] = useState<{ campaignId: string; text: string } | null>(null);
  useEffect(() => {
    if (hasOwnScript) return;
    let active = true;
    void getBridge()
      .scripts.forCampaign(campaignId)
      .then((result) => {
        if (active && result.ok) setMarkdown({ campaignId, text: result.value.markdown });
      });
    return () => {
      active = false;
    };
  }, [campaignId, hasOwnScript]);
  return !hasOwnScript && markdown?.campaignId === campaignId ? markdown.text : null;
}
