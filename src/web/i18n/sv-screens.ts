/** The Swedish texts of the layout on every screen size: the menu button on a phone, scroll cues (registered in index.ts). */
export const svScreens = {
  screens: {
    menu: 'Meny',
    menuFor: 'Meny: {{name}}',
    morePhases: 'Fler faser →',
    morePhasesHint: 'Rulla tavlan i sidled för att se alla faser.',
  },
}
