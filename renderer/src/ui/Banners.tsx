export interface BannerMessage {
  id: string;
  tone: 'error' | 'notice';
  text: string;
}

/** Errors and notices from the session; errors are alerts, notices are read politely. */
export function Banners({ messages }: { messages: BannerMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="banners">
      {messages.map((message) => (
        <p
          key={message.id}
          className={message.tone === 'error' ? 'banner error-banner' : 'banner notice-banner'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ))}
    </div>
  );
}

/** The session's error, a refused request and the session's notice, each shown once. */
export function sessionBanners(
  lastError: string | null,
  refusal: string | null,
  notice: string | null,
): BannerMessage[] {
  const messages: BannerMessage[] = [];
  if (lastError) messages.push({ id: 'session-error', tone: 'error', text: lastError });
  if (refusal && refusal !== lastError)
    messages.push({ id: 'refusal', tone: 'error', text: refusal });
  if (notice) messages.push({ id: 'notice', tone: 'notice', text: notice });
  return messages;
}
