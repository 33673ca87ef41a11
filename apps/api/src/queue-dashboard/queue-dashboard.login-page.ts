/** The dashboard's sign-in form: paste an admin access token (from `POST /api/v1/auth/login`). */
export const LOGIN_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Queues: sign in</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; }
      input { width: 100%; margin: 0.5rem 0 1rem; }
    </style>
  </head>
  <body>
    <h1>Job queues</h1>
    <form method="post" action="login">
      <label for="token">Admin access token</label>
      <input id="token" name="token" type="password" autocomplete="off" required />
      <button type="submit">Open the dashboard</button>
    </form>
    <p>Get one with <code>POST /api/v1/auth/login</code> as an admin. It is kept in a cookie for this page only, until it expires.</p>
  </body>
</html>
`;
