/** Reading typed numbers and links: a number field's messages, and the notices of a link's fields. */
export const input = {
  'input.empty': 'Enter a number.',
  'input.comma': '"{text}" uses a comma: write decimals with a dot, e.g. {example}.',
  'input.grouping':
    '"{text}" holds more than one separator: write the number without thousands separators, with one decimal sign.',
  'input.notNumber': 'Not a number: write digits with an optional dot and exponent, like 0.05 or 1e-3.',
  'input.notNumberDot': 'Not a number: write digits with an optional dot and exponent, like 0.05 or 1e-3.',
  'input.tooLarge': 'That number is too large to use.',
  'input.stillUsing': '{error} Still using {value}.',
  'input.whole': '{label} must be a whole number.',
  'input.range': '{label} must be between {min} and {max}.',
  'link.choice': '{key} must be {values}.',
  'link.notUrlText': 'Ignored a field of the link that is not valid URL text ({field}).',
  'link.repeated': 'Ignored the second {field} in the link: the field is given more than once, so the first is used.',
  'link.scenario': 'Ignored scenario in the link: it must be {values}.',
  'link.embed': 'Ignored embed in the link: it must be 1 or 0.',
  'link.lang': 'Ignored lang in the link: it must be en or es.',
  'link.iterName': 'iter',
  'link.ignored': 'Ignored {field} in the link: {error}',
  'link.unknown': 'Ignored {field} in the link: the {scenario} scenario has no such field.',
} as const;
