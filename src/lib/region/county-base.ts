/**
 * The base path of a county's site inside a region's site.
 * @example countyBase('/', '430726') // '/counties/430726/'
 * @example countyBase('/yzjh/', '430726') // '/yzjh/counties/430726/'
 */
export function countyBase(base: string, code: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b.startsWith('/') ? '' : '/'}${b}counties/${code}/`;
}
