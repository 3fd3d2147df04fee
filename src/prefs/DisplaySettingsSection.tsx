import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/index.ts';
import { loadPreferencesForm, type PreferencesFormType } from './load-form.ts';

/** The preference controls on /accessibility/, where the header's link leads when JavaScript is off. */
export function DisplaySettingsSection() {
  const t = useMessages();
  const [Form, setForm] = useState<PreferencesFormType>();
  useEffect(() => void loadPreferencesForm(t.lang).then((form) => setForm(() => form)), []);
  return (
    <section class="display-settings-section" id="display-settings" aria-labelledby="display-settings-heading">
      <h2 id="display-settings-heading">{t.displaySettings}</h2>
      {Form && <Form idPrefix="page" />}
      {/* True with or without JavaScript, so it is rendered into the page and stays. */}
      <p>{t.displaySettingsSystem}</p>
    </section>
  );
}
