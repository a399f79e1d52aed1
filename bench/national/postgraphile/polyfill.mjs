// PostGraphile 5.1 declares Node >= 22 and calls `Promise.withResolvers` (Node 22+): on Node 20
// every list query fails without it. Imported first: `node --import ./polyfill.mjs …`.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve
    let reject
    const promise = new this((res, rej) => {
      resolve = res
      reject = rej
    })
    return { promise, resolve, reject }
  }
}
