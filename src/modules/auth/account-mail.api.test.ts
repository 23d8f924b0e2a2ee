import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCollaboration, buildUser, grantRole, TEST_PASSWORD } from '../../../tests/helpers/factories'
import { Client, createTestApp } from '../../../tests/helpers/test-app'

// An invitation and a password reset go out in the language of the account they are for.
describe('account e-mail in the recipient’s language', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let collaborationId: string
  let memberId: string
  let coordinator: Client
  const mailTo = async (email: string) =>
    (await t.db.query<{ kind: string; subject: string; body: string }>('select kind, subject, body from mail_message where to_address = $1 order by created_at', [email])).at(-1)

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://samverka.test' })
    const built = await buildCollaboration(t.db, { memberCodes: ['2514'] })
    collaborationId = built.collaboration.id
    memberId = built.members[0]!.id
    const user = await buildUser(t.db, { name: 'Sara Samordnare' })
    await grantRole(t.db, { collaborationId, userId: user.id, role: 'coordinator' })
    coordinator = await new Client(t.app).logIn(user.email, TEST_PASSWORD)
  })
  afterAll(() => t.close())

  const invite = async (email: string, name: string, locale?: 'sv' | 'en') => {
    const added = await coordinator.post(`/api/collaborations/${collaborationId}/users`, { email, name, role: 'member_representative', memberId, ...(locale ? { locale } : {}) })
    expect(added.statusCode, added.body).toBe(201)
  }

  it('invites a new account in Swedish unless the inviter chooses English, and the account keeps that language', async () => {
    await invite('sven@kalix.se', 'Sven Svensson')
    expect(await mailTo('sven@kalix.se')).toMatchObject({ kind: 'account.invitation', subject: 'Du är inbjuden till Samverka' })
    expect((await mailTo('sven@kalix.se'))!.body).toMatch(/^Hej Sven Svensson,\n\nSara Samordnare har gett dig ett konto i Samverka\./)

    await invite('emma@kalix.se', 'Emma English', 'en')
    const english = await mailTo('emma@kalix.se')
    expect(english).toMatchObject({ kind: 'account.invitation', subject: 'You are invited to Samverka' })
    expect(english!.body).toContain('Sara Samordnare has given you an account in Samverka.')
    expect(english!.body).toContain('The link works once and for 7 days. If it has stopped working, ask Sara Samordnare for a new one.')
    const [account] = await t.db.query<{ locale: string }>(`select locale from app_user where email = 'emma@kalix.se'`)
    expect(account!.locale).toBe('en')
  })

  it('sends a password reset in the language the account reads Samverka in', async () => {
    const user = await buildUser(t.db, { name: 'Erik English' })
    await t.db.query(`update app_user set locale = 'en' where id = $1`, [user.id])
    expect((await new Client(t.app).post('/api/auth/password-reset', { email: user.email })).statusCode).toBe(202)
    const mail = await mailTo(user.email)
    expect(mail).toMatchObject({ kind: 'account.password_reset', subject: 'Choose a new password for Samverka' })
    expect(mail!.body).toMatch(/^Hello Erik English,\n\nSomeone, hopefully you, asked to choose a new password/)
  })
})
