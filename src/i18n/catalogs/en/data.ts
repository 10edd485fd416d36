/** Data: checks, the editor, the import dialog, the data sets' controls. */
export const data = {
  'data.tooFew': 'The data needs at least 1 point.',
  'data.tooMany': 'The data can have at most {max} points (got {count}).',
  'data.pointAxis': 'Point {point}’s {axis}',
  'data.notPair': 'Point {point} is not written as x:y.',
  'data.pointError': 'Point {point}’s {axis}: {error}',
  'data.noSpread': 'Every x is the same: there is no spread to scale.',
  'data.heading': 'Data',
  'data.set': 'Data set',
  'data.ownData': 'Your own data',
  'data.ownAbout': 'Points you edited, imported or standardized.',
  'data.setChosenRate':
    'Data set “{name}”: {count, plural, one {# point} other {# points}}; the run starts over on them. The learning rate {rate} diverges on them (above {limit}), so the learning rate is now {safe}.',
  'data.setChosen': 'Data set “{name}”: {count, plural, one {# point} other {# points}}; the run starts over on them.',
  'data.scaling.belowSlider':
    'With this x the safe learning rates end at {safe}, below the slider’s lowest {slowest}: every rate it offers diverges. Features are scaled for this reason.',
  'data.scaling.large': 'x runs into the hundreds or more, far from the scale the model was made for.',
  'data.standardize': 'Standardize x',
  'data.standardized':
    'Standardized x: subtracted its mean {mean} and divided by its standard deviation {sd}, so x now has mean 0 and standard deviation 1.',
  'data.setNotLoaded': 'The data set “{name}” could not be loaded (offline on a first visit?). The data is unchanged.',
  'data.howToEditTable':
    '{count, plural, one {# point} other {# points}}: too many to edit one by one (up to {max} are). Download them to edit in a spreadsheet, then import the table again.',
  'data.howToEdit':
    '{count, plural, one {# point} other {# points}}. Drag a point on the chart (or focus it and use the arrow keys), click empty space to add one, Delete removes the focused one, drop a CSV file on the chart to import it. Editing starts over.',
  'data.import': 'Import data',
  'data.download': 'Download data',
  'data.addPoint': 'Add point',
  'data.reset': 'Reset data',
  'data.resetDone': 'The data is back to the seed’s; the run starts over.',
  'data.changed': 'Data changed to {count, plural, one {# point} other {# points}}; Undo is in the notice.',
  'data.unchanged': '{error} The data is unchanged.',
  'data.editTable': 'Edit the points as a table',
  'data.loading': 'Loading…',
  'data.table.caption': 'Data points',
  'data.table.field': 'Point {point} {axis}',
  'data.table.remove': 'Remove',
  'data.table.removePoint': 'Remove point {point}',
  'data.import.hint':
    'A table from a spreadsheet, its cells separated by commas, semicolons or tabs; with semicolons or tabs a decimal comma (0,5) is read too. With a header row or more than two columns, choose the x and y columns below; otherwise x is the first column and y the second. Rows without a number in both are skipped, and named. Up to {max, number} points; files up to {megabytes} MB.',
  'data.import.text': 'Data as CSV',
  'data.import.file': 'Open a CSV file',
  'data.import.unchanged': '{error} The current data is unchanged.',
  'data.import.waiting': 'The preview appears here as you paste or open a file.',
  'data.import.use': 'Use this data',
  'data.import.cancel': 'Cancel',
  'data.import.xColumn': 'x column',
  'data.import.yColumn': 'y column',
  'data.import.reading': '{fromFile, select, yes {Reading {name}…} other {Reading the pasted text…}}',
  'data.import.stopped':
    'Reading stopped: the current data is unchanged. Open the file again, or edit the text, to read it.',
  'data.import.failed': 'The table could not be read in this browser: the current data is unchanged.',
  'data.import.done': 'Imported {count, plural, one {# point} other {# points}}; the run starts over on them.',
  'data.import.doneFrom':
    'Imported {count, plural, one {# point} other {# points}} from {source}; the run starts over on them.',
  'data.preview.count': '{count, plural, one {# point} other {# points}}',
  'data.preview.details':
    '{fromFile, select, yes { from {source}} other {}}, separated by {separator, select, comma {commas} semicolon {semicolons} other {tabs}}{decimalComma, select, yes {, with decimal commas} other {}}{hasHeader, select, yes {; the first row names the columns} other {}}.{columns, plural, =2 {} other { The table has # columns, {numeric} with numbers.}}',
  'data.preview.caption': 'Preview of the points',
  'data.preview.more': '… and {count, number} more.',
  'data.preview.axisColumn': '{axis} ({name})',
  'data.preview.scatter':
    'Scatter of the chosen columns ({shown, plural, one {# point} other {# points}} of {count, number})',
  'data.table.column': 'Column {index}',
  'data.table.skipped':
    '{count, plural, one {# row skipped} other {# rows skipped}}: line {lines}{more, plural, =0 {} other { and # more}}. On line {first}, {reason}',
  'data.table.tooFew':
    '{count, plural, =0 {No row has} one {Only # row has} other {Only # rows have}} a number in both chosen columns: this scenario needs at least {min}. {skipped}',
  'data.table.noNumbers': 'No column holds numbers: a point needs two, x and y.',
  'data.table.oneNumber': 'Only one column holds numbers (“{name}”): a point needs two, x and y.',
  'data.table.mixed':
    'this row has {cells, plural, one {# cell} other {# cells}} and {other, select, comma {a comma} semicolon {a semicolon} other {a tab}} in it, while line {first} has {width} separated by {separator, select, comma {commas} semicolon {semicolons} other {tabs}}: use one separator in the whole file.',
  'data.table.tooManyRows':
    'more than {rows, number} rows: this scenario takes at most {max, number} points, and a table at most twice as many rows.',
  'data.csv.atLine': 'line {line}: {error}',
  'data.csv.empty': 'The text is empty: paste rows of x and y, or open a CSV file.',
  'data.csv.oneColumn': 'only one column ("{cell}"): each row needs x and y, separated by a comma, semicolon or tab.',
  'data.csv.emptyCell': 'the {axis} cell is empty.',
  'data.csv.notFinite': 'the {axis} cell is not a finite number.',
  'data.csv.notNumber': '"{cell}" is not a number.',
  'data.csv.notNumberComma': '"{cell}" is not a number (a decimal comma needs ";" or tab between the columns).',
  'data.csv.beyond': '{axis} = {value} is beyond the limit of ±{limit}.',
  'data.csv.tooMany': 'more than {max, number} points: the data can have at most {max, number}.',
  'data.csv.onlyHeader': 'The text has no points, only a header row: this scenario needs at least {min}.',
  'data.csv.tooFew':
    'The text has only {count, plural, one {# point} other {# points}}: this scenario needs at least {min}.',
  'data.file.tooLarge': '{name} is {size} MB: files up to {limit} MB can be opened.',
  'data.file.notText': '{name} is not a text file: save the sheet as CSV first.',
  'data.file.notUtf8': '{name} is not UTF-8 text: save the sheet as CSV (UTF-8) first.',
} as const;
