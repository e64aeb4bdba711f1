export const steps = {
  nav: 'Steps of your decision',
  outcomes: 'Outcomes',
  offers: 'Offers',
  profile: 'You & rates',
  compare: 'Compare',
  timing: 'Risk & timing',
  negotiate: 'Negotiate',
  decide: 'Decide & say it',
  report: 'Report',
  letters: 'Read a letter',
} as const;
