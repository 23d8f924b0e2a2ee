import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface SmtpServerOptions {
  /** Recipients refused with 550 at RCPT TO; the set may be changed while the server runs. */
  refuse?: Set<string>
  /** Milliseconds before each reply to DATA (a slow server). */
  replyDelayMs?: number
  /** Holds the reply to DATA of the k-th message that arrives (1-based) until `release()`. */
  holdMessage?: number
}

/**
 * A real SMTP server on a free local port. `received` keeps, parsed, only the messages it acknowledged
 * (replied 250 to their DATA): one whose sender's connection closed while its reply was held is not.
 */
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ParsedMail[] = []
  const closedSessions = new Set<string>()
  let arrived = 0
  let releaseHeld = () => {}
  const released = new Promise<void>((resolve) => (releaseHeld = resolve))
  let heldArrived: (mail: ParsedMail) => void = () => {}
  const held = new Promise<ParsedMail>((resolve) => (heldArrived = resolve))
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Each connection would otherwise wait on a reverse DNS lookup of 127.0.0.1.
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.has(address.address)) {
        callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }))
      } else callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const k = ++arrived
          if (options.replyDelayMs) await new Promise((resolve) => setTimeout(resolve, options.replyDelayMs))
          if (k === options.holdMessage) {
            heldArrived(mail)
            await released
            // Its sender is gone: the reply never reaches anyone, so the message was not acknowledged.
            if (closedSessions.has(session.id)) return
          }
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
    onClose(session) {
      closedSessions.add(session.id)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages to one address. */
    to: (address: string) => received.filter((mail) => [mail.to].flat().some((to) => to?.value.some((v) => v.address === address))),
    /** Resolves with the message whose reply is held, once its data has arrived. */
    held,
    /** Replies to the held message (if its sender is still connected). */
    release: () => releaseHeld(),
    close: () =>
      new Promise<void>((resolve) => {
        releaseHeld()
        server.close(() => resolve())
      }),
  }
}
