// h5 (the local debug build): the browser saves the file.

function download(filename: string, csv: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  link.download = filename
  link.click()
}

/** Downloads a CSV (UTF-8) as `filename`. */
export async function shareCsvFile(filename: string, csv: string): Promise<void> {
  download(filename, csv)
}

/** Downloads a CSV (UTF-8) as `filename` (the mini-program copies it instead). */
export async function copyCsv(filename: string, csv: string): Promise<void> {
  download(filename, csv)
}
