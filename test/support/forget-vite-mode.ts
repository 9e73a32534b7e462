// Vitest sets process.env.MODE to `test` (Vite's mode) in every test worker, and the server and
// command-line processes the tests spawn inherit it; but MODE is the app's own variable (local or
// team), which would refuse `test`. No test reads Vite's mode.
delete process.env['MODE'];
