// @20minutes/s3rver ships no types: the part of its API the tests use.
declare module '@20minutes/s3rver' {
  type BucketConfig = { name: string; configs?: readonly Buffer[] }
  type Options = {
    address?: string
    port?: number
    silent?: boolean
    directory?: string
    resetOnClose?: boolean
    configureBuckets?: readonly BucketConfig[]
  }
  export default class S3rver {
    constructor(options: Options)
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
    store: { listObjects(bucket: string, options: { prefix?: string }): Promise<{ objects: { key: string }[] }> }
  }
}
