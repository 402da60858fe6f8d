const toTime = (value: unknown) => (value ? new Date(value as string).getTime() : Number.NaN)

type Messages = { required: string; invalid: string; beforeStart: string }

/** A required end date that must not lie before the sibling start field; each menu words its own messages. */
export function validateEndNotBeforeStart({ startField, messages }: { startField: string; messages: Messages }) {
  return (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (!value) return messages.required
    const end = toTime(value)
    if (Number.isNaN(end)) return messages.invalid
    const start = toTime(siblingData?.[startField])
    if (!Number.isNaN(start) && end < start) return messages.beforeStart
    return true
  }
}
