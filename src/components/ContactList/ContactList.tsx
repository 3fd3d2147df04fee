import { type Contacts, configuredContacts, site } from '../../config/site.ts';
import { useMessages } from '../../i18n/index.ts';
import './ContactList.css';

/** The federation's configured contact channels; renders nothing when none is configured. */
export function ContactList({ channels = site.contacts }: { /** Others than the site's, for its examples. */ channels?: Contacts } = {}) {
  const t = useMessages();
  const contacts = configuredContacts(channels);
  if (contacts.length === 0) return null;
  return (
    <dl class="contact-list">
      {contacts.map(([field, value]) => (
        <div key={field}>
          <dt>{t.contacts[field]}</dt>
          <dd>
            {field === 'phone' ? <a href={`tel:${value.replace(/[^\d+]/g, '')}`}>{value}</a>
              : field === 'email' ? <a href={`mailto:${value}`}>{value}</a>
              : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
