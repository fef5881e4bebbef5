// CSS files are handled by webpack's style-loader; importing one only has the side effect of adding the styles.
declare module '*.css';
