import { useDisplaySettings } from './DisplaySettings.tsx';
import { useMessages } from '../i18n/index.ts';
import './DisplaySettingsSection.css';

/**
 * The display settings on /accessibility/, where the header's link leads when JavaScript is off. The controls
 * open with a button, as in the header, so this page stays within its JavaScript budget until they are wanted.
 */
export function DisplaySettingsSection() {
  const t = useMessages();
  const s = t.displaySettingsSection;
  const displaySettings = useDisplaySettings('page');
  return (
    <section class="display-settings-section" id="display-settings" aria-labelledby="display-settings-heading">
      <h2 id="display-settings-heading">{t.displaySettings}</h2>
      {/* Without JavaScript there is no button, only how to use the phone's own settings. */}
      {displaySettings.open !== undefined && <p>{displaySettings.button(s.open)}</p>}
      {displaySettings.panel}
      <p>{s.system}</p>
    </section>
  );
}
