import type { AppInfo } from '../../../shared/domain/app-info';
import type { DialdeckApi } from '../../../shared/ipc/contract';
import { useEffect, useState } from 'react';
import type { LiveValue } from '../bridge/use-live-value';
import { getBridge } from '../bridge/get-bridge';

const loadInfo = (api: DialdeckApi) => api.app.info();

/** Who is using the app and how it runs; it does not change while the app is open. */
export function useAppInfo(): LiveValue<AppInfo> {
  const [info, setInfo] = useState<LiveValue<AppInfo>>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    loadInfo(getBridge()).then(
      (result) =>
        active &&
        setInfo(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', message: result.error.message },
        ),
      (error: Error) => active && setInfo({ status: 'error', message: error.message }),
    );
    return () => {
      active = false;
    };
  }, []);
  return info;
}
