import { spawn } from 'node:child_process'

export type CommandRun = { code: number | null; stdout: string; stderr: string }

function runOnce({ script, args, env }: { script: string; args: string[]; env: NodeJS.ProcessEnv }): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', script, ...args], { env, cwd: process.cwd() })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/**
 * Runs one of Segar's commands as an operator does (tsx, production
 * conditions). Node exits 13 ("unsettled top-level await") now and then while
 * loading the Payload module graph through tsx, before any of our code runs
 * and without a word on either stream; seen on the unchanged tree too. Such a
 * start is retried, at most three times; any other outcome is returned as is.
 */
export async function runScript(args: { script: string; args: string[]; env: NodeJS.ProcessEnv }): Promise<CommandRun> {
  let result = await runOnce(args)
  for (let attempt = 1; attempt < 4 && result.code === 13 && result.stdout === '' && result.stderr.trim() === ''; attempt += 1) {
    result = await runOnce(args)
  }
  return result
}
