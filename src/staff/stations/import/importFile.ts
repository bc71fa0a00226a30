// What both platforms' pickImportFile share.
export interface PickedImportFile {
  name: string
  /** Cloud storage fileID, once uploaded. */
  fileID: string
}

/** Where an import list is put in cloud storage: `imports/<ms>-<random>-<name with odd characters replaced>`. */
export const cloudPathFor = (name: string) => `imports/${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name.replace(/[^\w.\-\u4e00-\u9fa5]/g, '_')}`
