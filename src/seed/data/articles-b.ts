import type { SeedArticle } from '@/seed/types'

/**
 * Demo articles, second batch: CSS, Node.js, HTTP, DMARC and Docker.
 * Italian is the source text; French and English are translations of it.
 */
export const articlesB: SeedArticle[] = [
  // ---------------------------------------------------------------- CSS
  {
    key: 'css-specificity',
    topic: 'css',
    sources: ['w3c-selectors-4', 'w3c-css-cascade-5', 'mdn-css-specificity'],
    publishedAt: '2026-03-12T09:30:00.000Z',
    updatedAt: '2026-05-20T13:10:00.000Z',
    content: {
      it: {
        title: 'Come fa la specificità CSS a decidere quale regola vince?',
        slug: 'come-fa-la-specificita-css-a-decidere-quale-regola-vince',
        body: [
          {
            type: 'p',
            text: "Quando due o più dichiarazioni assegnano un valore alla stessa proprietà dello stesso elemento, il browser deve sceglierne una sola. Lo fa applicando la cascata, un algoritmo che confronta le dichiarazioni in concorrenza secondo una serie ordinata di criteri: origine e importanza, contesto, stili legati all'elemento, livelli di cascata, specificità e infine ordine di apparizione. La specificità è quindi solo uno dei passaggi, ma è quello che si incontra più spesso nel lavoro quotidiano, perché entra in gioco ogni volta che due selettori dello stesso foglio di stile colpiscono lo stesso elemento con valori diversi.",
          },
          {
            type: 'p',
            text: "La specifica [Selectors Level 4](https://www.w3.org/TR/selectors-4/#specificity) descrive la specificità come una terna di numeri (A, B, C), che si confrontano da sinistra a destra come le cifre di un numero: vince il valore più alto nella prima colonna in cui le due terne differiscono [1]. Non esiste alcun riporto tra le colonne, quindi un solo ID batte qualsiasi quantità di classi. Ecco come contribuiscono le diverse parti di un selettore:",
          },
          {
            type: 'ul',
            items: [
              'A, identificatori: ogni selettore di ID come `#menu` aggiunge 1 alla prima colonna.',
              'B, classi, attributi e pseudo-classi: `.attivo`, `[type="text"]` e `:hover` aggiungono 1 alla seconda colonna.',
              'C, tipi e pseudo-elementi: `nav`, `li` e `::before` aggiungono 1 alla terza colonna.',
              'Zero: il selettore universale `*` e i combinatori (spazio, `>`, `+`, `~`) non contano; `:where()` vale sempre zero, mentre `:is()`, `:not()` e `:has()` assumono la specificità del loro argomento più specifico.',
            ],
          },
          {
            type: 'code',
            language: 'css',
            code: `/* (1, 0, 1): un ID e un tipo */
#menu a { color: navy; }

/* (0, 2, 2): due classi e due tipi */
nav.principale a.attivo { color: crimson; }

/* (0, 0, 1): :where() non aggiunge nulla */
:where(#menu) a { color: gray; }`,
          },
          {
            type: 'p',
            text: "In questo esempio un link con classe `attivo` dentro `#menu` sarà blu marino: `#menu a` vale (1, 0, 1) e supera `nav.principale a.attivo`, che vale (0, 2, 2), anche se quest'ultima regola contiene più selettori. Lo stile scritto nell'attributo `style` non passa da questo calcolo: la cascata lo tratta come stile legato all'elemento e lo valuta prima della specificità, perciò prevale su qualsiasi selettore. Allo stesso modo `!important` sposta la dichiarazione in un'altra fascia di importanza, ed è per questo che va usato con parsimonia.",
          },
          { type: 'h2', text: 'Specificità e livelli di cascata' },
          {
            type: 'p',
            text: "Il modulo [CSS Cascading and Inheritance Level 5](https://www.w3.org/TR/css-cascade-5/) ha introdotto la regola `@layer`, che permette di raggruppare gli stili in livelli con una priorità esplicita [2]. Il criterio dei livelli viene valutato prima della specificità: una regola in un livello dichiarato più tardi vince su una regola di un livello precedente, anche se il suo selettore è molto meno specifico. Gli stili che non appartengono ad alcun livello battono quelli inseriti nei livelli, mentre per le dichiarazioni `!important` l'ordine si inverte. In pratica, con `@layer reset, base, componenti;` si fissa l'ordine una volta per tutte e si smette di appesantire i selettori per vincere i conflitti.",
          },
        ],
        summary:
          "La specificità confronta colonna per colonna le terne (A, B, C) dei selettori, ma entra in gioco solo dopo origine, importanza, stili inline e livelli di cascata: conoscere quest'ordine evita di appesantire i selettori.",
        seoTitle: 'Specificità CSS: quale regola vince e perché',
        seoDescription:
          'Come il browser calcola la specificità CSS con la terna (A, B, C), perché un ID batte dieci classi e come i livelli @layer cambiano le regole.',
      },
      fr: {
        title: "Comment la spécificité CSS décide-t-elle quelle règle l'emporte ?",
        slug: 'comment-la-specificite-css-decide-t-elle-quelle-regle-l-emporte',
        body: [
          {
            type: 'p',
            text: "Lorsque plusieurs déclarations attribuent une valeur à la même propriété d'un même élément, le navigateur ne doit en retenir qu'une. Il applique pour cela la cascade, un algorithme qui compare les déclarations concurrentes selon une suite ordonnée de critères : origine et importance, contexte, styles attachés à l'élément, couches de cascade, spécificité et enfin ordre d'apparition. La spécificité n'est donc qu'une étape parmi d'autres, mais c'est celle que l'on rencontre le plus souvent au quotidien, car elle intervient chaque fois que deux sélecteurs d'une même feuille de style ciblent le même élément avec des valeurs différentes.",
          },
          {
            type: 'p',
            text: "La spécification [Selectors Level 4](https://www.w3.org/TR/selectors-4/#specificity) décrit la spécificité comme un triplet de nombres (A, B, C) que l'on compare de gauche à droite, comme les chiffres d'un nombre : l'emporte la valeur la plus élevée dans la première colonne où les deux triplets diffèrent [1]. Il n'y a aucune retenue d'une colonne à l'autre, si bien qu'un seul ID bat n'importe quel nombre de classes. Voici ce qu'apporte chaque partie d'un sélecteur :",
          },
          {
            type: 'ul',
            items: [
              "A, identifiants : chaque sélecteur d'ID comme `#menu` ajoute 1 à la première colonne.",
              'B, classes, attributs et pseudo-classes : `.actif`, `[type="text"]` et `:hover` ajoutent 1 à la deuxième colonne.',
              'C, types et pseudo-éléments : `nav`, `li` et `::before` ajoutent 1 à la troisième colonne.',
              'Zéro : le sélecteur universel `*` et les combinateurs (espace, `>`, `+`, `~`) ne comptent pas ; `:where()` vaut toujours zéro, tandis que `:is()`, `:not()` et `:has()` prennent la spécificité de leur argument le plus spécifique.',
            ],
          },
          {
            type: 'code',
            language: 'css',
            code: `/* (1, 0, 1) : un ID et un type */
#menu a { color: navy; }

/* (0, 2, 2) : deux classes et deux types */
nav.principal a.actif { color: crimson; }

/* (0, 0, 1) : :where() n'ajoute rien */
:where(#menu) a { color: gray; }`,
          },
          {
            type: 'p',
            text: "Dans cet exemple, un lien de classe `actif` placé dans `#menu` sera bleu marine : `#menu a` vaut (1, 0, 1) et dépasse `nav.principal a.actif`, qui vaut (0, 2, 2), même si cette dernière règle contient davantage de sélecteurs. Le style écrit dans l'attribut `style` échappe à ce calcul : la cascade le traite comme un style attaché à l'élément et l'évalue avant la spécificité, de sorte qu'il l'emporte sur n'importe quel sélecteur. De même, `!important` fait passer la déclaration dans une autre catégorie d'importance, et c'est pourquoi il faut l'utiliser avec parcimonie.",
          },
          { type: 'h2', text: 'Spécificité et couches de cascade' },
          {
            type: 'p',
            text: "Le module [CSS Cascading and Inheritance Level 5](https://www.w3.org/TR/css-cascade-5/) a introduit la règle `@layer`, qui permet de regrouper les styles en couches dotées d'une priorité explicite [2]. Le critère des couches est évalué avant la spécificité : une règle placée dans une couche déclarée plus tard l'emporte sur une règle d'une couche antérieure, même si son sélecteur est beaucoup moins spécifique. Les styles qui n'appartiennent à aucune couche battent ceux qui sont rangés dans des couches, tandis que pour les déclarations `!important` l'ordre s'inverse. En pratique, avec `@layer reset, base, composants;` on fixe l'ordre une fois pour toutes et on cesse d'alourdir les sélecteurs pour gagner les conflits.",
          },
        ],
        summary:
          "La spécificité compare colonne par colonne les triplets (A, B, C) des sélecteurs, mais elle n'intervient qu'après l'origine, l'importance, les styles en ligne et les couches de cascade : connaître cet ordre évite d'alourdir les sélecteurs.",
        seoTitle: "Spécificité CSS : quelle règle l'emporte et pourquoi",
        seoDescription:
          "Comment le navigateur calcule la spécificité CSS avec le triplet (A, B, C), pourquoi un ID bat dix classes et ce que changent les couches @layer.",
      },
      en: {
        title: 'How does CSS specificity decide which rule wins?',
        slug: 'how-does-css-specificity-decide-which-rule-wins',
        body: [
          {
            type: 'p',
            text: 'When two or more declarations set a value for the same property on the same element, the browser has to pick just one. It does so by running the cascade, an algorithm that compares competing declarations against an ordered series of criteria: origin and importance, context, element-attached styles, cascade layers, specificity and, finally, order of appearance. Specificity is therefore only one of the steps, but it is the one you meet most often in everyday work, because it comes into play whenever two selectors in the same style sheet target the same element with different values.',
          },
          {
            type: 'p',
            text: 'The [Selectors Level 4](https://www.w3.org/TR/selectors-4/#specificity) specification describes specificity as a triple of numbers (A, B, C), compared from left to right like the digits of a number: the higher value in the first column where the two triples differ wins [1]. Nothing carries over between columns, so a single ID beats any number of classes. This is how each part of a selector contributes:',
          },
          {
            type: 'ul',
            items: [
              'A, identifiers: every ID selector such as `#menu` adds 1 to the first column.',
              'B, classes, attributes and pseudo-classes: `.active`, `[type="text"]` and `:hover` add 1 to the second column.',
              'C, types and pseudo-elements: `nav`, `li` and `::before` add 1 to the third column.',
              'Zero: the universal selector `*` and combinators (space, `>`, `+`, `~`) do not count; `:where()` is always zero, while `:is()`, `:not()` and `:has()` take the specificity of their most specific argument.',
            ],
          },
          {
            type: 'code',
            language: 'css',
            code: `/* (1, 0, 1): one ID and one type */
#menu a { color: navy; }

/* (0, 2, 2): two classes and two types */
nav.main a.active { color: crimson; }

/* (0, 0, 1): :where() adds nothing */
:where(#menu) a { color: gray; }`,
          },
          {
            type: 'p',
            text: 'In this example, a link with the `active` class inside `#menu` will be navy: `#menu a` scores (1, 0, 1) and beats `nav.main a.active`, which scores (0, 2, 2), even though the latter contains more selectors. Styles written in the `style` attribute skip this calculation altogether: the cascade treats them as element-attached styles and weighs them before specificity, so they win over any selector. Likewise, `!important` moves a declaration into a different importance band, which is why it should be used sparingly.',
          },
          { type: 'h2', text: 'Specificity and cascade layers' },
          {
            type: 'p',
            text: 'The [CSS Cascading and Inheritance Level 5](https://www.w3.org/TR/css-cascade-5/) module introduced the `@layer` rule, which lets you group styles into layers with an explicit priority [2]. Layers are evaluated before specificity: a rule in a layer declared later wins over a rule in an earlier layer, even if its selector is far less specific. Styles that belong to no layer beat those placed in layers, while for `!important` declarations the order is reversed. In practice, writing `@layer reset, base, components;` fixes the order once and for all, so you can stop weighing down selectors just to win conflicts.',
          },
        ],
        summary:
          'Specificity compares the (A, B, C) triples of selectors column by column, but it only comes into play after origin, importance, inline styles and cascade layers: knowing this order saves you from ever-heavier selectors.',
        seoTitle: 'CSS specificity: which rule wins and why',
        seoDescription:
          'How browsers compute CSS specificity as an (A, B, C) triple, why one ID beats ten classes, and how @layer cascade layers change which rule wins.',
      },
    },
  },

  // ---------------------------------------------------------------- Node.js
  {
    key: 'nodejs-event-loop',
    topic: 'nodejs',
    sources: ['nodejs-event-loop', 'nodejs-dont-block'],
    publishedAt: '2026-04-23T08:00:00.000Z',
    content: {
      it: {
        title: "Che cos'è l'event loop di Node.js e perché non bisogna bloccarlo?",
        slug: 'che-cos-e-l-event-loop-di-node-js-e-perche-non-bisogna-bloccarlo',
        body: [
          {
            type: 'p',
            text: "Node.js esegue il codice JavaScript dell'applicazione su un solo thread. Per servire migliaia di connessioni senza creare un thread per ciascuna, affida le operazioni di I/O al sistema operativo o a un piccolo pool di thread interno, gestito dalla libreria libuv, e si limita a eseguire le callback quando i risultati sono pronti [1]. Il meccanismo che decide quale callback eseguire e quando si chiama event loop: un ciclo che continua a girare finché ci sono timer, socket o altre operazioni in sospeso e che, a ogni giro, attraversa una sequenza fissa di fasi:",
          },
          {
            type: 'ol',
            items: [
              '`timers`: esegue le callback di `setTimeout()` e `setInterval()` il cui ritardo è scaduto.',
              '`pending callbacks`: esegue alcune callback di sistema rinviate dal giro precedente, per esempio certi errori TCP.',
              '`poll`: recupera i nuovi eventi di I/O ed esegue le relative callback; se non c\'è altro da fare, il loop può restare in attesa qui.',
              '`check`: esegue le callback registrate con `setImmediate()`, subito dopo la fase di poll.',
              "`close callbacks`: gestisce gli eventi di chiusura, come `socket.on('close', ...)`.",
            ],
          },
          {
            type: 'p',
            text: "Esiste anche una fase interna, `idle, prepare`, che non riguarda il codice applicativo, e dopo ogni singola operazione Node svuota la coda di `process.nextTick()` e quella delle promise. La differenza tra `setImmediate()` e `setTimeout(fn, 0)` discende direttamente da quest'ordine. Se vengono chiamati dal modulo principale, la loro sequenza non è garantita, perché dipende dalle prestazioni del processo in quel momento. Se invece vengono chiamati dentro una callback di I/O, `setImmediate()` viene sempre eseguito per primo, dato che la fase `check` segue immediatamente `poll`, come spiega la [guida ufficiale all'event loop](https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick).",
          },
          {
            type: 'code',
            language: 'javascript',
            code: `const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
// Stampa sempre: immediate, poi timeout`,
          },
          { type: 'h2', text: 'Perché bloccarlo è un problema' },
          {
            type: 'p',
            text: "Poiché tutte le callback condividono lo stesso thread, una sola operazione lenta ferma tutto il resto. Se un gestore di richieste impiega 200 millisecondi per calcolare un hash in modo sincrono, ordinare un array enorme o valutare un'espressione regolare soggetta a backtracking catastrofico, per quei 200 millisecondi nessun altro client riceve risposta, i timer slittano e le connessioni si accumulano. Lo stesso vale per il pool di thread di libuv, che per impostazione predefinita ha solo quattro thread: bastano poche operazioni pesanti di crittografia, compressione o file system per saturarlo e rallentare tutte le altre.",
          },
          {
            type: 'p',
            text: "La guida [Don't Block the Event Loop](https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop) propone due strategie [2]. La prima è il partizionamento: spezzare un calcolo lungo in blocchi brevi e riprendere il lavoro con `setImmediate()`, così che nel frattempo possano essere eseguite altre callback. La seconda è lo scarico: spostare il lavoro intensivo in un thread separato, per esempio con il modulo `worker_threads`. In ogni caso conviene evitare le API sincrone come `fs.readFileSync()` nei percorsi che servono richieste e limitare la dimensione degli input esterni, come un JSON da analizzare con `JSON.parse()`.",
          },
        ],
        summary:
          "L'event loop esegue tutte le callback su un solo thread attraversando fasi fisse; ogni operazione sincrona lenta blocca l'intero server, quindi il lavoro pesante va spezzato in blocchi o spostato in un worker.",
        seoTitle: "Event loop di Node.js: fasi e perché non bloccarlo",
        seoDescription:
          "Le fasi dell'event loop di Node.js, la differenza tra setImmediate e setTimeout e perché il codice sincrono lento rallenta ogni richiesta del server.",
      },
      fr: {
        title: "Qu'est-ce que la boucle d'événements de Node.js et pourquoi ne faut-il pas la bloquer ?",
        slug: 'qu-est-ce-que-la-boucle-d-evenements-de-node-js-et-pourquoi-ne-faut-il-pas-la-bloquer',
        body: [
          {
            type: 'p',
            text: "Node.js exécute le code JavaScript de l'application sur un seul thread. Pour servir des milliers de connexions sans créer un thread pour chacune, il confie les opérations d'E/S au système d'exploitation ou à un petit pool de threads interne, géré par la bibliothèque libuv, et se contente d'exécuter les callbacks lorsque les résultats sont prêts [1]. Le mécanisme qui décide quel callback exécuter et à quel moment s'appelle la boucle d'événements (event loop) : un cycle qui tourne tant qu'il reste des timers, des sockets ou d'autres opérations en attente et qui, à chaque tour, traverse une suite fixe de phases :",
          },
          {
            type: 'ol',
            items: [
              "`timers` : exécute les callbacks de `setTimeout()` et `setInterval()` dont le délai a expiré.",
              '`pending callbacks` : exécute certains callbacks système reportés du tour précédent, par exemple certaines erreurs TCP.',
              "`poll` : récupère les nouveaux événements d'E/S et exécute les callbacks correspondants ; s'il n'y a rien d'autre à faire, la boucle peut attendre ici.",
              '`check` : exécute les callbacks enregistrés avec `setImmediate()`, juste après la phase de poll.',
              "`close callbacks` : gère les événements de fermeture, comme `socket.on('close', ...)`.",
            ],
          },
          {
            type: 'p',
            text: "Il existe aussi une phase interne, `idle, prepare`, qui ne concerne pas le code applicatif, et après chaque opération Node vide la file de `process.nextTick()` ainsi que celle des promesses. La différence entre `setImmediate()` et `setTimeout(fn, 0)` découle directement de cet ordre. Appelés depuis le module principal, leur ordre d'exécution n'est pas garanti, car il dépend des performances du processus à ce moment-là. Appelés à l'intérieur d'un callback d'E/S, en revanche, `setImmediate()` s'exécute toujours en premier, puisque la phase `check` suit immédiatement `poll`, comme l'explique le [guide officiel de la boucle d'événements](https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick).",
          },
          {
            type: 'code',
            language: 'javascript',
            code: `const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
// Affiche toujours : immediate, puis timeout`,
          },
          { type: 'h2', text: 'Pourquoi la bloquer pose problème' },
          {
            type: 'p',
            text: "Comme tous les callbacks partagent le même thread, une seule opération lente arrête tout le reste. Si un gestionnaire de requêtes met 200 millisecondes à calculer un hachage de façon synchrone, à trier un tableau énorme ou à évaluer une expression régulière sujette au backtracking catastrophique, aucun autre client ne reçoit de réponse pendant ces 200 millisecondes, les timers prennent du retard et les connexions s'accumulent. Il en va de même pour le pool de threads de libuv, qui ne compte par défaut que quatre threads : quelques opérations lourdes de chiffrement, de compression ou de système de fichiers suffisent à le saturer et à ralentir toutes les autres.",
          },
          {
            type: 'p',
            text: "Le guide [Don't Block the Event Loop](https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop) propose deux stratégies [2]. La première est le partitionnement : découper un long calcul en petits morceaux et reprendre le travail avec `setImmediate()`, afin que d'autres callbacks puissent s'exécuter entre-temps. La seconde est le délestage : déplacer le travail intensif vers un thread distinct, par exemple avec le module `worker_threads`. Dans tous les cas, il vaut mieux éviter les API synchrones comme `fs.readFileSync()` dans les chemins qui servent des requêtes et limiter la taille des entrées externes, comme un JSON à analyser avec `JSON.parse()`.",
          },
        ],
        summary:
          "La boucle d'événements exécute tous les callbacks sur un seul thread en traversant des phases fixes ; toute opération synchrone lente bloque le serveur entier, il faut donc découper le travail lourd ou le confier à un worker.",
        seoTitle: "Boucle d'événements Node.js : phases et blocages",
        seoDescription:
          "Les phases de la boucle d'événements de Node.js, la différence entre setImmediate et setTimeout et pourquoi le code synchrone lent pénalise chaque requête.",
      },
      en: {
        title: "What is the Node.js event loop and why shouldn't you block it?",
        slug: 'what-is-the-node-js-event-loop-and-why-shouldnt-you-block-it',
        body: [
          {
            type: 'p',
            text: "Node.js runs an application's JavaScript code on a single thread. To serve thousands of connections without creating a thread for each one, it hands I/O operations over to the operating system or to a small internal thread pool, managed by the libuv library, and simply runs the callbacks once the results are ready [1]. The mechanism that decides which callback runs and when is called the event loop: a cycle that keeps turning as long as there are timers, sockets or other pending operations and that, on every turn, goes through a fixed sequence of phases:",
          },
          {
            type: 'ol',
            items: [
              '`timers`: runs the callbacks of `setTimeout()` and `setInterval()` whose delay has expired.',
              '`pending callbacks`: runs some system callbacks deferred from the previous turn, such as certain TCP errors.',
              "`poll`: retrieves new I/O events and runs their callbacks; if there is nothing else to do, the loop may wait here.",
              '`check`: runs the callbacks registered with `setImmediate()`, right after the poll phase.',
              "`close callbacks`: handles close events, such as `socket.on('close', ...)`.",
            ],
          },
          {
            type: 'p',
            text: "There is also an internal phase, `idle, prepare`, which does not concern application code, and after every single operation Node drains the `process.nextTick()` queue and the promise queue. The difference between `setImmediate()` and `setTimeout(fn, 0)` follows directly from this order. When they are called from the main module, their order is not guaranteed, because it depends on how the process is performing at that moment. When they are called inside an I/O callback, however, `setImmediate()` always runs first, since the `check` phase comes right after `poll`, as the [official event loop guide](https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick) explains.",
          },
          {
            type: 'code',
            language: 'javascript',
            code: `const fs = require('node:fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
// Always prints: immediate, then timeout`,
          },
          { type: 'h2', text: 'Why blocking it is a problem' },
          {
            type: 'p',
            text: 'Because all callbacks share the same thread, a single slow operation stops everything else. If a request handler takes 200 milliseconds to compute a hash synchronously, sort a huge array or evaluate a regular expression prone to catastrophic backtracking, no other client gets a response for those 200 milliseconds, timers slip and connections pile up. The same applies to the libuv thread pool, which has only four threads by default: a handful of heavy cryptography, compression or file system operations is enough to saturate it and slow down all the others.',
          },
          {
            type: 'p',
            text: "The [Don't Block the Event Loop](https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop) guide suggests two strategies [2]. The first is partitioning: splitting a long computation into short chunks and resuming the work with `setImmediate()`, so that other callbacks can run in between. The second is offloading: moving intensive work to a separate thread, for example with the `worker_threads` module. Either way, it is wise to avoid synchronous APIs such as `fs.readFileSync()` on paths that serve requests and to limit the size of external input, such as a JSON payload to be parsed with `JSON.parse()`.",
          },
        ],
        summary:
          'The event loop runs every callback on a single thread, going through fixed phases; any slow synchronous operation blocks the whole server, so heavy work should be split into chunks or moved to a worker.',
        seoTitle: 'The Node.js event loop: phases and why not to block it',
        seoDescription:
          'The phases of the Node.js event loop, how setImmediate differs from setTimeout, and why slow synchronous code delays every request your server handles.',
      },
    },
  },

  // ---------------------------------------------------------------- HTTP
  {
    key: 'http-put-vs-patch',
    topic: 'http',
    sources: ['rfc9110', 'rfc5789', 'mdn-idempotent'],
    publishedAt: '2026-06-09T10:15:00.000Z',
    updatedAt: '2026-08-26T07:55:00.000Z',
    content: {
      it: {
        title: 'Qual è la differenza tra PUT e PATCH in HTTP?',
        slug: 'qual-e-la-differenza-tra-put-e-patch-in-http',
        body: [
          {
            type: 'p',
            text: "PUT e PATCH servono entrambi a modificare una risorsa sul server, ma lo fanno in modo diverso. Secondo la [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#name-put), che definisce la semantica di HTTP, una richiesta PUT chiede di creare la risorsa indicata dall'URI o di sostituirne interamente lo stato con la rappresentazione contenuta nel corpo [1]. PATCH, introdotto dalla RFC 5789, invia invece un insieme di istruzioni, il documento di patch, che descrive come modificare la risorsa esistente [2]. In altre parole, con PUT si manda il risultato finale, con PATCH le modifiche da applicare.",
          },
          { type: 'h2', text: 'Metodi sicuri e metodi idempotenti' },
          {
            type: 'p',
            text: "Per capire la differenza servono due proprietà definite dalla RFC 9110. Un metodo è sicuro quando il client non chiede alcuna modifica sul server: lo sono GET, HEAD, OPTIONS e TRACE. Un metodo è idempotente quando inviare la stessa richiesta una o dieci volte produce sul server lo stesso effetto: oltre ai metodi sicuri, lo sono PUT e DELETE. L'idempotenza è preziosa perché consente di ripetere automaticamente una richiesta dopo un errore di rete, senza sapere se la prima era arrivata a destinazione. Né PUT né PATCH sono sicuri, perché entrambi modificano dati.",
          },
          {
            type: 'p',
            text: "PUT è idempotente per definizione: sostituire una risorsa con la stessa rappresentazione dieci volte la lascia identica a come era dopo la prima. PATCH in generale non lo è, perché il suo effetto dipende dallo stato di partenza: operazioni come «aggiungi un elemento alla lista» o «incrementa il contatore» danno un risultato diverso a ogni ripetizione. Una patch si può comunque rendere sicura da ripetere rendendola condizionale, con l'intestazione `If-Match` e l'`ETag` della versione attesa: se nel frattempo la risorsa è cambiata, il server risponde `412 Precondition Failed` invece di applicare la modifica una seconda volta.",
          },
          {
            type: 'code',
            language: 'http',
            code: `PATCH /utenti/42 HTTP/1.1
Host: api.example.com
Content-Type: application/merge-patch+json
If-Match: "v7"

{ "email": "nuova@example.com" }`,
          },
          { type: 'h2', text: 'Quale scegliere' },
          {
            type: 'p',
            text: "PUT è adatto quando il client conosce e invia la rappresentazione completa della risorsa: i campi omessi, di norma, vanno considerati rimossi o riportati al valore predefinito. PATCH è preferibile per aggiornare pochi campi di un oggetto grande o per non sovrascrivere modifiche concorrenti. Il formato della patch è indicato dal `Content-Type`: i più diffusi sono JSON Merge Patch (`application/merge-patch+json`, RFC 7396) e JSON Patch (`application/json-patch+json`, RFC 6902). Il server può dichiarare i formati che accetta con l'intestazione `Accept-Patch` e rispondere `415 Unsupported Media Type` a quelli che non supporta.",
          },
        ],
        summary:
          'PUT sostituisce l\'intera risorsa ed è idempotente, mentre PATCH applica modifiche parziali e in generale non lo è; nessuno dei due è un metodo sicuro, perché entrambi modificano lo stato del server.',
        seoTitle: 'PUT o PATCH? Differenze tra i due metodi HTTP',
        seoDescription:
          'PUT sostituisce la risorsa, PATCH ne modifica solo una parte: cosa significano metodi sicuri e idempotenti in HTTP e quando conviene usare ciascuno.',
      },
      fr: {
        title: 'Quelle est la différence entre PUT et PATCH en HTTP ?',
        slug: 'quelle-est-la-difference-entre-put-et-patch-en-http',
        body: [
          {
            type: 'p',
            text: "PUT et PATCH servent tous deux à modifier une ressource sur le serveur, mais ils ne procèdent pas de la même façon. Selon la [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#name-put), qui définit la sémantique de HTTP, une requête PUT demande de créer la ressource désignée par l'URI ou d'en remplacer entièrement l'état par la représentation contenue dans le corps [1]. PATCH, introduit par la RFC 5789, envoie au contraire un ensemble d'instructions, le document de patch, qui décrit comment modifier la ressource existante [2]. Autrement dit, avec PUT on envoie le résultat final, avec PATCH les changements à appliquer.",
          },
          { type: 'h2', text: 'Méthodes sûres et méthodes idempotentes' },
          {
            type: 'p',
            text: "Pour saisir la différence, il faut deux propriétés définies par la RFC 9110. Une méthode est sûre lorsque le client ne demande aucune modification sur le serveur : c'est le cas de GET, HEAD, OPTIONS et TRACE. Une méthode est idempotente lorsque envoyer la même requête une ou dix fois produit le même effet sur le serveur : outre les méthodes sûres, c'est le cas de PUT et DELETE. L'idempotence est précieuse, car elle permet de répéter automatiquement une requête après une erreur réseau sans savoir si la première était arrivée à destination. Ni PUT ni PATCH ne sont sûres, puisque toutes deux modifient des données.",
          },
          {
            type: 'p',
            text: "PUT est idempotente par définition : remplacer dix fois une ressource par la même représentation la laisse identique à ce qu'elle était après la première fois. PATCH ne l'est pas en général, car son effet dépend de l'état de départ : des opérations comme « ajoute un élément à la liste » ou « incrémente le compteur » donnent un résultat différent à chaque répétition. On peut toutefois rendre un patch sans risque à répéter en le rendant conditionnel, avec l'en-tête `If-Match` et l'`ETag` de la version attendue : si la ressource a changé entre-temps, le serveur répond `412 Precondition Failed` au lieu d'appliquer la modification une seconde fois.",
          },
          {
            type: 'code',
            language: 'http',
            code: `PATCH /utilisateurs/42 HTTP/1.1
Host: api.example.com
Content-Type: application/merge-patch+json
If-Match: "v7"

{ "email": "nouvelle@example.com" }`,
          },
          { type: 'h2', text: 'Laquelle choisir' },
          {
            type: 'p',
            text: "PUT convient lorsque le client connaît et envoie la représentation complète de la ressource : les champs omis doivent en principe être considérés comme supprimés ou remis à leur valeur par défaut. PATCH est préférable pour mettre à jour quelques champs d'un objet volumineux ou pour ne pas écraser des modifications concurrentes. Le format du patch est indiqué par le `Content-Type` : les plus répandus sont JSON Merge Patch (`application/merge-patch+json`, RFC 7396) et JSON Patch (`application/json-patch+json`, RFC 6902). Le serveur peut annoncer les formats qu'il accepte avec l'en-tête `Accept-Patch` et répondre `415 Unsupported Media Type` à ceux qu'il ne prend pas en charge.",
          },
        ],
        summary:
          "PUT remplace la ressource entière et est idempotente, tandis que PATCH applique des modifications partielles et ne l'est pas en général ; aucune des deux n'est une méthode sûre, car toutes deux modifient l'état du serveur.",
        seoTitle: 'PUT ou PATCH ? Les différences entre ces méthodes HTTP',
        seoDescription:
          "PUT remplace la ressource, PATCH n'en modifie qu'une partie : ce que signifient méthodes sûres et idempotentes en HTTP et quand utiliser chacune.",
      },
      en: {
        title: 'What is the difference between PUT and PATCH in HTTP?',
        slug: 'what-is-the-difference-between-put-and-patch-in-http',
        body: [
          {
            type: 'p',
            text: "PUT and PATCH are both used to change a resource on the server, but they go about it differently. According to [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#name-put), which defines HTTP semantics, a PUT request asks the server to create the resource identified by the URI or to replace its state entirely with the representation enclosed in the body [1]. PATCH, introduced by RFC 5789, instead sends a set of instructions, the patch document, describing how to modify the existing resource [2]. In other words, with PUT you send the end result, with PATCH the changes to apply.",
          },
          { type: 'h2', text: 'Safe and idempotent methods' },
          {
            type: 'p',
            text: 'To understand the difference you need two properties defined by RFC 9110. A method is safe when the client requests no change on the server: GET, HEAD, OPTIONS and TRACE are safe. A method is idempotent when sending the same request once or ten times has the same effect on the server: besides the safe methods, PUT and DELETE are idempotent. Idempotency is valuable because it allows a request to be retried automatically after a network error, without knowing whether the first attempt reached its destination. Neither PUT nor PATCH is safe, since both change data.',
          },
          {
            type: 'p',
            text: 'PUT is idempotent by definition: replacing a resource with the same representation ten times leaves it exactly as it was after the first time. PATCH generally is not, because its effect depends on the starting state: operations such as “add an item to the list” or “increment the counter” give a different result on each repetition. A patch can still be made safe to retry by making it conditional, with the `If-Match` header and the `ETag` of the expected version: if the resource has changed in the meantime, the server responds with `412 Precondition Failed` instead of applying the change a second time.',
          },
          {
            type: 'code',
            language: 'http',
            code: `PATCH /users/42 HTTP/1.1
Host: api.example.com
Content-Type: application/merge-patch+json
If-Match: "v7"

{ "email": "new@example.com" }`,
          },
          { type: 'h2', text: 'Which one to choose' },
          {
            type: 'p',
            text: 'PUT fits when the client knows and sends the full representation of the resource: omitted fields should, as a rule, be treated as removed or reset to their default value. PATCH is preferable for updating a few fields of a large object or for avoiding overwriting concurrent changes. The patch format is given by the `Content-Type`: the most common are JSON Merge Patch (`application/merge-patch+json`, RFC 7396) and JSON Patch (`application/json-patch+json`, RFC 6902). The server can advertise the formats it accepts with the `Accept-Patch` header and respond with `415 Unsupported Media Type` to those it does not support.',
          },
        ],
        summary:
          'PUT replaces the whole resource and is idempotent, while PATCH applies partial changes and generally is not; neither is a safe method, because both change the state of the server.',
        seoTitle: 'PUT or PATCH? How the two HTTP methods differ',
        seoDescription:
          'PUT replaces a resource, PATCH changes only part of it: what safe and idempotent methods mean in HTTP and when each of the two is the right choice.',
      },
    },
  },

  // ---------------------------------------------------------------- DMARC
  {
    key: 'dmarc-spf-dkim',
    topic: 'dmarc',
    sources: ['rfc7489', 'rfc7208', 'rfc6376'],
    publishedAt: '2026-07-28T07:45:00.000Z',
    content: {
      it: {
        title: 'Come funziona DMARC insieme a SPF e DKIM?',
        slug: 'come-funziona-dmarc-insieme-a-spf-e-dkim',
        body: [
          {
            type: 'p',
            text: "SPF e DKIM autenticano un messaggio di posta, ma nessuno dei due protegge direttamente l'indirizzo che il destinatario vede nel campo `From:`. SPF, descritto dalla RFC 7208, verifica che il server mittente sia autorizzato a usare il dominio del mittente di busta (`MAIL FROM`), che di solito resta nascosto [2]. DKIM, descritto dalla RFC 6376, verifica una firma crittografica legata al dominio indicato nel tag `d=`, che può essere un dominio qualsiasi [3]. Un truffatore può quindi superare entrambi i controlli con un dominio proprio e mostrare nel `From:` il nome di una banca. DMARC colma proprio questa lacuna.",
          },
          { type: 'h2', text: "L'allineamento degli identificatori" },
          {
            type: 'p',
            text: "Il concetto centrale della [RFC 7489](https://www.rfc-editor.org/rfc/rfc7489) è l'allineamento: perché un messaggio superi DMARC, almeno uno tra SPF e DKIM deve dare esito positivo e il dominio autenticato deve corrispondere a quello del campo `From:` [1]. In modalità rilassata (`r`, il valore predefinito) basta che i due domini abbiano lo stesso dominio organizzativo, per cui `news.example.com` è allineato con `example.com`; in modalità stretta (`s`) devono coincidere esattamente. I tag `aspf` e `adkim` scelgono la modalità rispettivamente per SPF e per DKIM.",
          },
          {
            type: 'p',
            text: "Il titolare del dominio pubblica la propria politica in un record TXT sotto il nome `_dmarc`. Il tag `p` indica ai destinatari che cosa fare con i messaggi che non superano il controllo: `none` chiede solo di monitorare, `quarantine` di trattarli come sospetti (di solito finiscono nella cartella spam) e `reject` di rifiutarli durante la sessione SMTP. Il tag `sp` può fissare una politica diversa per i sottodomini e `pct` applicarla solo a una percentuale dei messaggi. Con `rua` si indica dove ricevere i report aggregati, file XML inviati in genere una volta al giorno; `ruf` richiede invece i report sui singoli fallimenti, che molti provider non inviano.",
          },
          {
            type: 'code',
            language: 'text',
            code: `_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc@example.com; adkim=r; aspf=r"`,
          },
          {
            type: 'p',
            text: "Passare subito a `reject` è rischioso, perché anche la posta legittima inviata da servizi esterni, come piattaforme di newsletter, CRM o sistemi di fatturazione, potrebbe non risultare allineata e andrebbe persa. Per questo conviene procedere per gradi, nell'arco di alcune settimane, e basarsi sui dati raccolti nei report prima di inasprire la politica. Un percorso tipico, adatto alla maggior parte dei domini, è il seguente:",
          },
          {
            type: 'ol',
            items: [
              'pubblicare un record con `p=none` e un indirizzo `rua` per raccogliere i report senza influire sulla consegna;',
              'analizzare i report per individuare tutti i server e i servizi che inviano posta a nome del dominio;',
              'configurare SPF e DKIM per ciascuno di essi, verificando che i domini risultino allineati;',
              'passare a `p=quarantine`, eventualmente con un valore di `pct` inferiore a 100, e controllare che non emergano problemi;',
              'adottare infine `p=reject` e continuare a leggere i report per intercettare nuove fonti di invio.',
            ],
          },
        ],
        summary:
          'DMARC richiede che SPF o DKIM superino il controllo con un dominio allineato a quello del campo From e permette al titolare di chiedere monitoraggio, quarantena o rifiuto, ricevendo in cambio report sull\'uso del dominio.',
        seoTitle: 'DMARC, SPF e DKIM: allineamento, politiche e report',
        seoDescription:
          "Come DMARC sfrutta SPF e DKIM tramite l'allineamento con il campo From, cosa significano le politiche none, quarantine e reject e come leggere i report.",
      },
      fr: {
        title: "Comment DMARC s'appuie-t-il sur SPF et DKIM ?",
        slug: 'comment-dmarc-s-appuie-t-il-sur-spf-et-dkim',
        body: [
          {
            type: 'p',
            text: "SPF et DKIM authentifient un message électronique, mais aucun des deux ne protège directement l'adresse que le destinataire voit dans le champ `From:`. SPF, décrit par la RFC 7208, vérifie que le serveur expéditeur est autorisé à utiliser le domaine de l'expéditeur d'enveloppe (`MAIL FROM`), qui reste généralement caché [2]. DKIM, décrit par la RFC 6376, vérifie une signature cryptographique liée au domaine indiqué dans la balise `d=`, qui peut être n'importe quel domaine [3]. Un fraudeur peut donc passer les deux contrôles avec son propre domaine et afficher dans le `From:` le nom d'une banque. DMARC comble précisément cette lacune.",
          },
          { type: 'h2', text: "L'alignement des identifiants" },
          {
            type: 'p',
            text: "La notion centrale de la [RFC 7489](https://www.rfc-editor.org/rfc/rfc7489) est l'alignement : pour qu'un message passe DMARC, au moins l'un des contrôles SPF ou DKIM doit réussir et le domaine authentifié doit correspondre à celui du champ `From:` [1]. En mode souple (`r`, la valeur par défaut), il suffit que les deux domaines partagent le même domaine organisationnel, si bien que `news.example.com` est aligné avec `example.com` ; en mode strict (`s`), ils doivent être identiques. Les balises `aspf` et `adkim` choisissent le mode respectivement pour SPF et pour DKIM.",
          },
          {
            type: 'p',
            text: "Le titulaire du domaine publie sa politique dans un enregistrement TXT sous le nom `_dmarc`. La balise `p` indique aux destinataires que faire des messages qui échouent au contrôle : `none` demande seulement de surveiller, `quarantine` de les traiter comme suspects (ils finissent en général dans les spams) et `reject` de les refuser pendant la session SMTP. La balise `sp` peut fixer une politique différente pour les sous-domaines et `pct` ne l'appliquer qu'à un pourcentage des messages. Avec `rua`, on indique où recevoir les rapports agrégés, des fichiers XML envoyés en général une fois par jour ; `ruf` demande quant à elle des rapports sur les échecs individuels, que beaucoup de fournisseurs n'envoient pas.",
          },
          {
            type: 'code',
            language: 'text',
            code: `_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc@example.com; adkim=r; aspf=r"`,
          },
          {
            type: 'p',
            text: "Passer directement à `reject` est risqué, car même le courrier légitime envoyé par des services externes, comme des plateformes de newsletters, des CRM ou des outils de facturation, pourrait ne pas être aligné et serait alors perdu. Mieux vaut donc procéder par étapes, sur quelques semaines, et s'appuyer sur les données des rapports avant de durcir la politique. Voici un parcours typique, adapté à la plupart des domaines :",
          },
          {
            type: 'ol',
            items: [
              'publier un enregistrement avec `p=none` et une adresse `rua` pour collecter les rapports sans affecter la distribution ;',
              'analyser les rapports pour identifier tous les serveurs et services qui envoient du courrier au nom du domaine ;',
              "configurer SPF et DKIM pour chacun d'eux, en vérifiant que les domaines sont bien alignés ;",
              'passer à `p=quarantine`, éventuellement avec une valeur de `pct` inférieure à 100, et vérifier qu\'aucun problème n\'apparaît ;',
              "adopter enfin `p=reject` et continuer à lire les rapports pour repérer de nouvelles sources d'envoi.",
            ],
          },
        ],
        summary:
          "DMARC exige que SPF ou DKIM réussisse avec un domaine aligné sur celui du champ From et permet au titulaire de demander surveillance, quarantaine ou rejet, tout en recevant des rapports sur l'usage de son domaine.",
        seoTitle: 'DMARC, SPF et DKIM : alignement, politiques, rapports',
        seoDescription:
          "Comment DMARC exploite SPF et DKIM grâce à l'alignement avec le champ From, ce que signifient les politiques none, quarantine et reject, et les rapports.",
      },
      en: {
        title: 'How does DMARC build on SPF and DKIM?',
        slug: 'how-does-dmarc-build-on-spf-and-dkim',
        body: [
          {
            type: 'p',
            text: 'SPF and DKIM authenticate an email message, but neither of them directly protects the address the recipient sees in the `From:` field. SPF, described in RFC 7208, checks that the sending server is authorised to use the domain of the envelope sender (`MAIL FROM`), which usually stays hidden [2]. DKIM, described in RFC 6376, verifies a cryptographic signature tied to the domain given in the `d=` tag, which can be any domain at all [3]. A fraudster can therefore pass both checks with a domain of their own while showing the name of a bank in the `From:` field. DMARC closes exactly this gap.',
          },
          { type: 'h2', text: 'Identifier alignment' },
          {
            type: 'p',
            text: 'The central idea of [RFC 7489](https://www.rfc-editor.org/rfc/rfc7489) is alignment: for a message to pass DMARC, at least one of SPF and DKIM must pass and the authenticated domain must match the one in the `From:` field [1]. In relaxed mode (`r`, the default) it is enough for the two domains to share the same organizational domain, so `news.example.com` is aligned with `example.com`; in strict mode (`s`) they must be identical. The `aspf` and `adkim` tags select the mode for SPF and DKIM respectively.',
          },
          {
            type: 'p',
            text: 'The domain owner publishes its policy in a TXT record under the `_dmarc` name. The `p` tag tells receivers what to do with messages that fail the check: `none` only asks them to monitor, `quarantine` to treat them as suspicious (they usually end up in the spam folder) and `reject` to refuse them during the SMTP session. The `sp` tag can set a different policy for subdomains, and `pct` can apply it to only a percentage of messages. The `rua` tag says where to receive aggregate reports, XML files usually sent once a day, while `ruf` requests reports on individual failures, which many providers do not send.',
          },
          {
            type: 'code',
            language: 'text',
            code: `_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc@example.com; adkim=r; aspf=r"`,
          },
          {
            type: 'p',
            text: 'Jumping straight to `reject` is risky, because even legitimate mail sent by external services, such as newsletter platforms, CRMs or invoicing systems, might not be aligned and would then be lost. It is better to proceed step by step, over a few weeks, and rely on the data collected in the reports before tightening the policy. A typical path, suitable for most domains, looks like this:',
          },
          {
            type: 'ol',
            items: [
              'publish a record with `p=none` and a `rua` address to collect reports without affecting delivery;',
              'analyse the reports to identify every server and service that sends mail on behalf of the domain;',
              'configure SPF and DKIM for each of them, checking that the domains are aligned;',
              'move to `p=quarantine`, possibly with a `pct` value below 100, and check that no problems arise;',
              'finally adopt `p=reject` and keep reading the reports to catch new sending sources.',
            ],
          },
        ],
        summary:
          'DMARC requires SPF or DKIM to pass with a domain aligned with the one in the From field, and lets the owner ask for monitoring, quarantine or rejection while receiving reports on how the domain is used.',
        seoTitle: 'DMARC, SPF and DKIM: alignment, policies and reports',
        seoDescription:
          'How DMARC relies on SPF and DKIM through alignment with the From field, what the none, quarantine and reject policies mean, and what reports tell you.',
      },
    },
  },

  // ---------------------------------------------------------------- Docker
  {
    key: 'docker-multi-stage',
    topic: 'docker',
    sources: ['docker-multi-stage', 'docker-dockerfile-reference'],
    publishedAt: '2026-09-17T09:00:00.000Z',
    content: {
      it: {
        title: "Che cos'è una build multi-stage di Docker e perché riduce le immagini?",
        slug: 'che-cos-e-una-build-multi-stage-di-docker-e-perche-riduce-le-immagini',
        body: [
          {
            type: 'p',
            text: "Per compilare un'applicazione servono compilatori, gestori di pacchetti, intestazioni e dipendenze di sviluppo; per eseguirla, quasi sempre, basta il binario o il pacchetto finale. In un Dockerfile tradizionale tutto questo finisce nella stessa immagine, perché ogni istruzione aggiunge un livello e i file cancellati in un passaggio successivo restano comunque nei livelli precedenti. In passato si aggirava il problema con due Dockerfile distinti e uno script che copiava gli artefatti dall'uno all'altro. Le build multi-stage risolvono la questione all'interno di un unico file, senza script esterni.",
          },
          { type: 'h2', text: 'Come funziona' },
          {
            type: 'p',
            text: "Un Dockerfile multi-stage contiene più istruzioni `FROM` e ognuna apre una nuova fase (stage) con una propria immagine di base. Le fasi si possono nominare con `AS`, e l'istruzione `COPY --from=<nome>` copia file da una fase precedente, lasciando indietro tutto il resto [1]. L'immagine finale è costituita soltanto dall'ultima fase: strumenti di compilazione, cache e sorgenti delle fasi intermedie non vi entrano. Il [riferimento del Dockerfile](https://docs.docker.com/reference/dockerfile/) descrive anche la possibilità di copiare file da un'immagine esterna, per esempio con `COPY --from=nginx:latest`.",
          },
          {
            type: 'code',
            language: 'dockerfile',
            code: `# syntax=docker/dockerfile:1

# Fase 1: compilazione
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# Fase 2: esecuzione, solo il binario
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/server /server
USER nonroot:nonroot
ENTRYPOINT ["/server"]`,
          },
          {
            type: 'p',
            text: "In questo esempio la prima fase parte dall'immagine ufficiale di Go, che pesa diverse centinaia di megabyte, scarica le dipendenze e compila un binario statico. La seconda parte da un'immagine distroless minima, priva perfino della shell e del gestore di pacchetti, e riceve soltanto il binario. Il risultato è un'immagine che pesa poco più del programma stesso, più rapida da scaricare e da avviare. C'è anche un vantaggio per la sicurezza: meno pacchetti significano meno vulnerabilità potenziali da correggere e una superficie d'attacco più ridotta.",
          },
          { type: 'h2', text: 'Altri vantaggi' },
          {
            type: 'p',
            text: "Con l'opzione `--target` di `docker build` si può fermare la build a una fase specifica, per esempio una fase `test` che esegue la suite di test o una fase `dev` con strumenti di debug, sempre a partire dallo stesso Dockerfile [2]. BuildKit, il motore di build predefinito, analizza le dipendenze tra le fasi: salta quelle che non servono al target richiesto ed esegue in parallelo quelle indipendenti. Conviene infine copiare i file che cambiano raramente, come i manifest delle dipendenze, prima del codice sorgente, così la cache resta valida più a lungo. La [guida ufficiale](https://docs.docker.com/build/building/multi-stage/) mostra altri esempi.",
          },
        ],
        summary:
          "Una build multi-stage usa più istruzioni FROM nello stesso Dockerfile e copia nell'immagine finale solo gli artefatti necessari, lasciando fuori compilatori, cache e dipendenze di sviluppo.",
        seoTitle: 'Build multi-stage di Docker: immagini più leggere',
        seoDescription:
          "Come funzionano le build multi-stage di Docker con più istruzioni FROM e COPY --from, e perché producono immagini più piccole, veloci e sicure.",
      },
      fr: {
        title: "Qu'est-ce qu'un build multi-stage Docker et pourquoi allège-t-il les images ?",
        slug: 'qu-est-ce-qu-un-build-multi-stage-docker-et-pourquoi-allege-t-il-les-images',
        body: [
          {
            type: 'p',
            text: "Pour compiler une application, il faut des compilateurs, des gestionnaires de paquets, des en-têtes et des dépendances de développement ; pour l'exécuter, le binaire ou le paquet final suffit presque toujours. Dans un Dockerfile classique, tout cela se retrouve dans la même image, car chaque instruction ajoute une couche et les fichiers supprimés lors d'une étape ultérieure restent malgré tout dans les couches précédentes. Autrefois, on contournait le problème avec deux Dockerfile distincts et un script qui copiait les artefacts de l'un à l'autre. Les builds multi-stage règlent la question dans un seul fichier, sans script externe.",
          },
          { type: 'h2', text: 'Comment ça marche' },
          {
            type: 'p',
            text: "Un Dockerfile multi-stage contient plusieurs instructions `FROM`, et chacune ouvre une nouvelle étape (stage) avec sa propre image de base. On peut nommer les étapes avec `AS`, et l'instruction `COPY --from=<nom>` copie des fichiers depuis une étape précédente en laissant tout le reste de côté [1]. L'image finale n'est constituée que de la dernière étape : outils de compilation, caches et sources des étapes intermédiaires n'y entrent pas. La [référence du Dockerfile](https://docs.docker.com/reference/dockerfile/) décrit aussi la possibilité de copier des fichiers depuis une image externe, par exemple avec `COPY --from=nginx:latest`.",
          },
          {
            type: 'code',
            language: 'dockerfile',
            code: `# syntax=docker/dockerfile:1

# Étape 1 : compilation
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# Étape 2 : exécution, le binaire seulement
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/server /server
USER nonroot:nonroot
ENTRYPOINT ["/server"]`,
          },
          {
            type: 'p',
            text: "Dans cet exemple, la première étape part de l'image officielle de Go, qui pèse plusieurs centaines de mégaoctets, télécharge les dépendances et compile un binaire statique. La seconde part d'une image distroless minimale, dépourvue même de shell et de gestionnaire de paquets, et ne reçoit que le binaire. Le résultat est une image qui pèse à peine plus que le programme lui-même, plus rapide à télécharger et à démarrer. La sécurité y gagne aussi : moins de paquets, c'est moins de vulnérabilités potentielles à corriger et une surface d'attaque plus réduite.",
          },
          { type: 'h2', text: 'Autres avantages' },
          {
            type: 'p',
            text: "L'option `--target` de `docker build` permet d'arrêter le build à une étape précise, par exemple une étape `test` qui exécute la suite de tests ou une étape `dev` dotée d'outils de débogage, toujours à partir du même Dockerfile [2]. BuildKit, le moteur de build par défaut, analyse les dépendances entre les étapes : il ignore celles qui ne servent pas à la cible demandée et exécute en parallèle celles qui sont indépendantes. Enfin, mieux vaut copier les fichiers qui changent rarement, comme les manifestes de dépendances, avant le code source, afin que le cache reste valide plus longtemps. Le [guide officiel](https://docs.docker.com/build/building/multi-stage/) propose d'autres exemples.",
          },
        ],
        summary:
          "Un build multi-stage utilise plusieurs instructions FROM dans le même Dockerfile et ne copie dans l'image finale que les artefacts nécessaires, en laissant de côté compilateurs, caches et dépendances de développement.",
        seoTitle: 'Build multi-stage Docker : des images plus légères',
        seoDescription:
          'Comment fonctionnent les builds multi-stage de Docker avec plusieurs instructions FROM et COPY --from, et pourquoi ils donnent des images plus petites et sûres.',
      },
      en: {
        title: 'What is a multi-stage Docker build and why does it make images smaller?',
        slug: 'what-is-a-multi-stage-docker-build-and-why-does-it-make-images-smaller',
        body: [
          {
            type: 'p',
            text: 'Building an application requires compilers, package managers, headers and development dependencies; running it almost always needs only the final binary or package. In a traditional Dockerfile all of this ends up in the same image, because every instruction adds a layer and files deleted in a later step still remain in the earlier layers. In the past the problem was worked around with two separate Dockerfiles and a script that copied the artifacts from one to the other. Multi-stage builds solve the issue within a single file, with no external scripts.',
          },
          { type: 'h2', text: 'How it works' },
          {
            type: 'p',
            text: 'A multi-stage Dockerfile contains several `FROM` instructions, and each one starts a new stage with its own base image. Stages can be named with `AS`, and the `COPY --from=<name>` instruction copies files from an earlier stage, leaving everything else behind [1]. The final image is made up of the last stage only: build tools, caches and sources from the intermediate stages never make it in. The [Dockerfile reference](https://docs.docker.com/reference/dockerfile/) also describes how to copy files from an external image, for example with `COPY --from=nginx:latest`.',
          },
          {
            type: 'code',
            language: 'dockerfile',
            code: `# syntax=docker/dockerfile:1

# Stage 1: build
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

# Stage 2: runtime, just the binary
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/server /server
USER nonroot:nonroot
ENTRYPOINT ["/server"]`,
          },
          {
            type: 'p',
            text: 'In this example the first stage starts from the official Go image, which weighs several hundred megabytes, downloads the dependencies and compiles a static binary. The second starts from a minimal distroless image, which lacks even a shell and a package manager, and receives nothing but the binary. The result is an image barely larger than the program itself, faster to pull and to start. There is a security benefit too: fewer packages mean fewer potential vulnerabilities to patch and a smaller attack surface.',
          },
          { type: 'h2', text: 'Other benefits' },
          {
            type: 'p',
            text: 'The `--target` option of `docker build` lets you stop the build at a specific stage, for example a `test` stage that runs the test suite or a `dev` stage with debugging tools, all from the same Dockerfile [2]. BuildKit, the default build engine, analyses the dependencies between stages: it skips those the requested target does not need and runs independent ones in parallel. Finally, it pays to copy files that rarely change, such as dependency manifests, before the source code, so that the cache stays valid for longer. The [official guide](https://docs.docker.com/build/building/multi-stage/) shows more examples.',
          },
        ],
        summary:
          'A multi-stage build uses several FROM instructions in the same Dockerfile and copies only the artifacts it needs into the final image, leaving compilers, caches and development dependencies out.',
        seoTitle: 'Multi-stage Docker builds: smaller, leaner images',
        seoDescription:
          'How multi-stage Docker builds work with several FROM instructions and COPY --from, and why they produce smaller, faster and more secure container images.',
      },
    },
  },
]
