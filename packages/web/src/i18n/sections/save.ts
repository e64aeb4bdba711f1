export const save = {
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  invalid: 'Fix the fields marked below before saving.',
  conflict:
    'This workspace changed in another tab or device since you opened it. Nothing was overwritten.',
  reload: 'Load the latest version',
  readOnly:
    'This workspace is shared with you to read. You can move things on screen to explore; nothing is saved.',
  failed: (message: string) => `Saving failed: ${message}`,
  download: 'Download the file (.yaml)',
  keptLocally: (count: number) =>
    `Kept in this browser, not saved yet: ${count === 1 ? '1 field needs' : `${count} fields need`} a fix.`,
  overwrite: 'Save mine over it',
  staleTitle: 'Changes from an earlier visit were not saved',
  stale: (when: string) =>
    `On ${when} you made changes here that were never saved, and the workspace has changed since. Keep them (they replace what is stored now) or discard them.`,
  keepStale: 'Keep my changes',
  discardStale: 'Discard them',
  path: 'in the file at',
} as const;
