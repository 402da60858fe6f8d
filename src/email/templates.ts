/** The pure renderers in one import, for jobs that build several kinds of email. */
export { renderOfficeDigest, digestGroupOf, DIGEST_GROUPS } from './officeDigest'
export type { DigestItem, DigestOffice, OfficeDigestArgs } from './officeDigest'
export { renderEscalation } from './escalation'
export type { EscalationArgs } from './escalation'
export { renderWeeklyReport, trendChartSvg, textSparkline } from './weeklyReport'
export type { WeeklyReportArgs, WeeklyOfficeRow, WeeklyTrendPoint, WeeklyWorstMenu } from './weeklyReport'
export type { EmailPart } from './format'
