/** Says once per run whether the MongoDB leg of the integration suite runs. */
export default function setup() {
  if (!process.env.MONGODB_TEST_URL) {
    console.info('[int] MongoDB integration run skipped: MONGODB_TEST_URL is not set (SQLite run only).')
  }
}
