import type { svScreens } from './sv-screens'

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** The English texts of the layout on every screen size (the same keys as sv-screens.ts). */
export const enScreens: Texts<typeof svScreens> = {
  screens: {
    menu: 'Menu',
    menuFor: 'Menu: {{name}}',
    morePhases: 'More phases →',
    morePhasesHint: 'Scroll the board sideways to see every phase.',
  },
}
