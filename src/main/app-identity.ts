/** Who the app is to the operating system: the same id the installers register (electron-builder.yml). */
export const APP_ID = 'app.carnet.desktop';
export const PRODUCT_NAME = 'Carnet';
