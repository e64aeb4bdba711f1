export const fields = {
  yes: 'Yes',
  no: 'No',
  notSaid: 'Not said',
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  remove: (name: string) => `Remove ${name}`,
  nameEmpty: 'Give it a name',
  nameTaken: 'This name is already used',
} as const;
