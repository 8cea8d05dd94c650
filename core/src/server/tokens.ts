/** Injection tokens of values the core binds (services bind their own class as token). */
export const TYPES = {
  Settings: Symbol('Settings'),
  Logger: Symbol('Logger'),
  Orm: Symbol('Orm'),
  DatabaseTarget: Symbol('DatabaseTarget'),
  Plugins: Symbol('Plugins'),
  Container: Symbol('Container'),
} as const;
