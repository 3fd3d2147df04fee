import { describedBy, ErrorMessage, Hint } from '../../src/components/Field/Field.tsx';
import { MAX_FILE_BYTES, MAX_REPLY_FILES_BYTES } from '../../src/requests/reply-files.ts';
import { allowedExtensions } from './kinds.ts';
import { FILES_FIELD } from './uploads.ts';

export const fileFieldText = {
  label: '随答复发送的文件（可选）',
  hint: `申请公开的信息本身。可以选多个文件：PDF、Word、Excel、OpenDocument、CSV、纯文本或图片；每个不超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，合计不超过 ${MAX_REPLY_FILES_BYTES / 1024 / 1024} MB。文件名会原样给申请人看到。`,
};

/**
 * GOV.UK's file upload, rendered on the server for the console's forms that post multipart/form-data (a reply's
 * files; a catalogue item's attachments, with its own `label` and `hint`): label, hint, error, and one input that
 * takes several files. The browser's own control: keyboard and screen readers know it.
 */
export function FileField({ error, label = fileFieldText.label, hint = fileFieldText.hint }: { error?: string; label?: string; hint?: string }) {
  const id = FILES_FIELD;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        class="file-upload"
        type="file"
        id={id}
        name={id}
        multiple
        accept={allowedExtensions.map((extension) => `.${extension}`).join(',')}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
