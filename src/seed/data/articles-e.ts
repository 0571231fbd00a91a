import type { SeedArticle } from '@/seed/types'
import { text } from './articleText'

/**
 * Demo articles, batch E: Python, JavaScript and CSS layout. Italian is the source text;
 * French and English are translations of it. `[n]` cites the n-th entry of `sources`.
 */
export const articlesE: SeedArticle[] = [
  // ------------------------------------------------------------------ Python: GIL
  {
    key: 'python-gil',
    topic: 'python',
    sources: ['python-glossary-gil', 'pep-703'],
    publishedAt: '2026-02-24T10:30:00.000Z',
    updatedAt: '2026-08-05T09:15:00.000Z',
    content: {
      it: text({
        title: "Che cos'è il GIL di Python e perché limita i thread?",
        body: [
          {
            type: 'p',
            text: "Il Global Interpreter Lock (GIL) è un lucchetto dell'interprete CPython: in ogni istante un solo thread può eseguire bytecode Python. Semplifica la gestione della memoria, perché i contatori di riferimenti degli oggetti non devono essere protetti uno per uno, ma impedisce a un programma con più thread di usare più core per calcoli in puro Python [1].",
          },
          { type: 'h2', text: 'Quando pesa e quando no' },
          {
            type: 'ul',
            items: [
              'i programmi che aspettano la rete o il disco ne soffrono poco: il GIL viene rilasciato durante le operazioni di I/O;',
              'molte librerie scritte in C, come NumPy, lo rilasciano durante i calcoli pesanti;',
              'i calcoli in puro Python su più thread, invece, non vanno più veloci di un solo thread.',
            ],
          },
          {
            type: 'p',
            text: "Per usare davvero più core, la strada classica è il modulo `multiprocessing` o un `ProcessPoolExecutor`: più processi, ciascuno con il proprio interprete e il proprio GIL, al prezzo di dover copiare i dati tra processi.",
          },
          { type: 'code', language: 'python', code: 'from concurrent.futures import ProcessPoolExecutor\n\nwith ProcessPoolExecutor() as pool:\n    risultati = list(pool.map(calcola, blocchi))' },
          { type: 'h2', text: 'Un Python senza GIL' },
          {
            type: 'p',
            text: "La proposta PEP 703, accettata nel 2023, rende il GIL facoltativo: da Python 3.13 esiste una build sperimentale «free-threaded» in cui i thread girano davvero in parallelo [2]. Il costo è un interprete più complesso e, per ora, un po' più lento con un solo thread; le estensioni in C devono inoltre dichiararsi compatibili.",
          },
        ],
        summary:
          "Il GIL lascia eseguire bytecode Python a un solo thread alla volta: non frena l'I/O, ma impedisce ai calcoli in puro Python di usare più core; la PEP 703 introduce una build di CPython senza GIL.",
        seoTitle: 'Il GIL di Python: che cos’è e come aggirarlo',
        seoDescription:
          'Perché il Global Interpreter Lock impedisce ai thread Python di usare più core, quando non è un problema, come aggirarlo con i processi e che cosa cambia con la PEP 703.',
      }),
      fr: text({
        title: "Qu'est-ce que le GIL de Python et pourquoi limite-t-il les threads ?",
        body: [
          {
            type: 'p',
            text: "Le Global Interpreter Lock (GIL) est un verrou de l'interpréteur CPython : à chaque instant, un seul thread peut exécuter du bytecode Python. Il simplifie la gestion de la mémoire, car les compteurs de références des objets n'ont pas à être protégés un par un, mais il empêche un programme multithread d'utiliser plusieurs cœurs pour des calculs en Python pur [1].",
          },
          { type: 'h2', text: "Quand il pèse, et quand il ne pèse pas" },
          {
            type: 'ul',
            items: [
              "les programmes qui attendent le réseau ou le disque en souffrent peu : le GIL est relâché pendant les entrées-sorties ;",
              'beaucoup de bibliothèques écrites en C, comme NumPy, le relâchent pendant les calculs lourds ;',
              "les calculs en Python pur répartis sur plusieurs threads, en revanche, ne vont pas plus vite qu'avec un seul.",
            ],
          },
          {
            type: 'p',
            text: "Pour vraiment utiliser plusieurs cœurs, la voie classique est le module `multiprocessing` ou un `ProcessPoolExecutor` : plusieurs processus, chacun avec son interpréteur et son GIL, au prix de copier les données entre processus.",
          },
          { type: 'code', language: 'python', code: 'from concurrent.futures import ProcessPoolExecutor\n\nwith ProcessPoolExecutor() as pool:\n    resultats = list(pool.map(calcule, blocs))' },
          { type: 'h2', text: 'Un Python sans GIL' },
          {
            type: 'p',
            text: "La proposition PEP 703, acceptée en 2023, rend le GIL facultatif : depuis Python 3.13, il existe une version expérimentale « free-threaded » où les threads s'exécutent réellement en parallèle [2]. Le prix est un interpréteur plus complexe et, pour l'instant, un peu plus lent avec un seul thread ; les extensions en C doivent en outre se déclarer compatibles.",
          },
        ],
        summary:
          "Le GIL ne laisse qu'un thread à la fois exécuter du bytecode Python : il ne freine pas les entrées-sorties, mais empêche les calculs en Python pur d'utiliser plusieurs cœurs ; la PEP 703 introduit un CPython sans GIL.",
        seoTitle: 'Le GIL de Python : définition et contournements',
        seoDescription:
          "Pourquoi le Global Interpreter Lock empêche les threads Python d'utiliser plusieurs cœurs, quand ce n'est pas gênant, comment le contourner et ce que change la PEP 703.",
      }),
      en: text({
        title: "What is Python's GIL and why does it limit threads?",
        body: [
          {
            type: 'p',
            text: "The Global Interpreter Lock (GIL) is a lock inside the CPython interpreter: at any moment only one thread can execute Python bytecode. It keeps memory management simple, since object reference counts need not be protected one by one, but it stops a multithreaded program from using several cores for pure-Python computation [1].",
          },
          { type: 'h2', text: 'When it matters and when it does not' },
          {
            type: 'ul',
            items: [
              'programs that wait on the network or the disk barely suffer: the GIL is released during I/O;',
              'many libraries written in C, such as NumPy, release it during heavy computation;',
              'pure-Python computation spread over several threads, however, runs no faster than on one.',
            ],
          },
          {
            type: 'p',
            text: 'To really use several cores, the classic route is the `multiprocessing` module or a `ProcessPoolExecutor`: several processes, each with its own interpreter and its own GIL, at the cost of copying data between processes.',
          },
          { type: 'code', language: 'python', code: 'from concurrent.futures import ProcessPoolExecutor\n\nwith ProcessPoolExecutor() as pool:\n    results = list(pool.map(compute, chunks))' },
          { type: 'h2', text: 'A Python without the GIL' },
          {
            type: 'p',
            text: 'PEP 703, accepted in 2023, makes the GIL optional: since Python 3.13 there is an experimental "free-threaded" build in which threads truly run in parallel [2]. The price is a more complex interpreter that is, for now, somewhat slower on a single thread; C extensions must also declare themselves compatible.',
          },
        ],
        summary:
          'The GIL lets only one thread at a time execute Python bytecode: it does not slow I/O down, but keeps pure-Python computation from using several cores; PEP 703 introduces a CPython build without it.',
        seoTitle: "Python's GIL: what it is and how to work around it",
        seoDescription:
          'Why the Global Interpreter Lock keeps Python threads from using several cores, when that does not matter, how processes work around it, and what PEP 703 changes.',
      }),
    },
  },

  // ------------------------------------------------------------------ Python: venv
  {
    key: 'python-venv',
    topic: 'python',
    sources: ['pep-405', 'python-venv'],
    publishedAt: '2026-09-23T08:10:00.000Z',
    content: {
      it: text({
        title: 'A che cosa servono gli ambienti virtuali di Python?',
        body: [
          {
            type: 'p',
            text: "Un ambiente virtuale è una cartella con un proprio interprete Python e una propria cartella `site-packages`, separata da quella del sistema. Ogni progetto installa lì le sue dipendenze, nelle versioni che gli servono, senza disturbare gli altri progetti né il Python del sistema operativo [1].",
          },
          { type: 'h2', text: 'Come si usa' },
          { type: 'code', language: 'sh', code: 'python3 -m venv .venv\nsource .venv/bin/activate      # Windows: .venv\\Scripts\\activate\npip install -r requirements.txt' },
          {
            type: 'p',
            text: "Il modulo `venv` fa parte della libreria standard dal 2012, con Python 3.3 [2]. L'attivazione non fa magie: mette la cartella `bin` dell'ambiente in testa al `PATH`, così `python` e `pip` sono quelli dell'ambiente. Si può anche fare a meno di attivarlo e chiamare direttamente `.venv/bin/python`.",
          },
          { type: 'h2', text: 'Buone abitudini' },
          {
            type: 'ul',
            items: [
              "non si committa la cartella dell'ambiente: si committa l'elenco delle dipendenze e la si ricrea;",
              "un ambiente è legato al percorso e alla versione di Python con cui è nato: spostarlo o aggiornare Python richiede di ricrearlo;",
              "molte distribuzioni Linux impediscono ormai `pip install` nel Python di sistema, proprio per spingere a usare un ambiente.",
            ],
          },
        ],
        summary:
          "Un ambiente virtuale dà a ogni progetto un interprete e una cartella di pacchetti propri, creati con «python3 -m venv»: le dipendenze di un progetto non toccano né gli altri progetti né il Python di sistema.",
        seoTitle: 'Ambienti virtuali Python con venv: perché e come',
        seoDescription:
          'A che cosa serve un ambiente virtuale Python, come crearlo e attivarlo con venv, che cosa fa davvero l’attivazione e quali cartelle non committare.',
      }),
      fr: text({
        title: 'À quoi servent les environnements virtuels de Python ?',
        body: [
          {
            type: 'p',
            text: "Un environnement virtuel est un dossier doté de son propre interpréteur Python et de son propre dossier `site-packages`, séparé de celui du système. Chaque projet y installe ses dépendances, dans les versions dont il a besoin, sans gêner les autres projets ni le Python du système d'exploitation [1].",
          },
          { type: 'h2', text: "Comment s'en servir" },
          { type: 'code', language: 'sh', code: 'python3 -m venv .venv\nsource .venv/bin/activate      # Windows : .venv\\Scripts\\activate\npip install -r requirements.txt' },
          {
            type: 'p',
            text: "Le module `venv` fait partie de la bibliothèque standard depuis 2012, avec Python 3.3 [2]. L'activation n'a rien de magique : elle place le dossier `bin` de l'environnement en tête du `PATH`, de sorte que `python` et `pip` sont ceux de l'environnement. On peut aussi se passer d'activation et appeler directement `.venv/bin/python`.",
          },
          { type: 'h2', text: 'Bonnes habitudes' },
          {
            type: 'ul',
            items: [
              "on ne versionne pas le dossier de l'environnement : on versionne la liste des dépendances et on le recrée ;",
              "un environnement est lié au chemin et à la version de Python avec lesquels il a été créé : le déplacer ou mettre Python à jour impose de le recréer ;",
              "beaucoup de distributions Linux refusent désormais `pip install` dans le Python du système, justement pour pousser à utiliser un environnement.",
            ],
          },
        ],
        summary:
          "Un environnement virtuel donne à chaque projet son interpréteur et son dossier de paquets, créés par « python3 -m venv » : les dépendances d'un projet ne touchent ni les autres projets ni le Python du système.",
        seoTitle: 'Environnements virtuels Python avec venv',
        seoDescription:
          "À quoi sert un environnement virtuel Python, comment le créer et l'activer avec venv, ce que fait vraiment l'activation et quels dossiers ne pas versionner.",
      }),
      en: text({
        title: 'What are Python virtual environments for?',
        body: [
          {
            type: 'p',
            text: "A virtual environment is a folder with its own Python interpreter and its own `site-packages` directory, separate from the system's. Each project installs its dependencies there, in the versions it needs, without getting in the way of other projects or of the operating system's Python [1].",
          },
          { type: 'h2', text: 'How to use one' },
          { type: 'code', language: 'sh', code: 'python3 -m venv .venv\nsource .venv/bin/activate      # Windows: .venv\\Scripts\\activate\npip install -r requirements.txt' },
          {
            type: 'p',
            text: "The `venv` module has been part of the standard library since 2012, with Python 3.3 [2]. Activation is not magic: it puts the environment's `bin` folder at the front of `PATH`, so `python` and `pip` are the environment's own. You can also skip activation and call `.venv/bin/python` directly.",
          },
          { type: 'h2', text: 'Good habits' },
          {
            type: 'ul',
            items: [
              'do not commit the environment folder: commit the list of dependencies and recreate it;',
              'an environment is tied to the path and the Python version it was created with: moving it or upgrading Python means recreating it;',
              'many Linux distributions now refuse `pip install` into the system Python, precisely to push people towards an environment.',
            ],
          },
        ],
        summary:
          "A virtual environment gives each project its own interpreter and package folder, created with \"python3 -m venv\": one project's dependencies touch neither other projects nor the system Python.",
        seoTitle: 'Python virtual environments with venv: why and how',
        seoDescription:
          'What a Python virtual environment is for, how to create and activate one with venv, what activation really does, and which folders not to commit.',
      }),
    },
  },

  // ------------------------------------------------------------------ JavaScript: let, const, var
  {
    key: 'js-let-const-var',
    topic: 'javascript',
    sources: ['ecma-262-2024', 'mdn-let'],
    publishedAt: '2026-06-02T09:00:00.000Z',
    updatedAt: '2026-07-14T11:30:00.000Z',
    content: {
      it: text({
        title: 'Qual è la differenza tra let, const e var in JavaScript?',
        body: [
          {
            type: 'p',
            text: "Tutte e tre dichiarano variabili, ma con regole diverse di visibilità e di riassegnazione. `var` esiste da sempre ed è visibile nell'intera funzione che la contiene; `let` e `const`, introdotte con ECMAScript 2015, sono visibili solo nel blocco tra parentesi graffe in cui compaiono [1].",
          },
          { type: 'h2', text: 'Le differenze in breve' },
          {
            type: 'ul',
            items: [
              '`var`: ambito di funzione, si può ridichiarare, e prima della dichiarazione vale `undefined`;',
              '`let`: ambito di blocco, si può riassegnare ma non ridichiarare nello stesso blocco;',
              "`const`: come `let`, ma il legame non si può riassegnare; l'oggetto a cui punta resta però modificabile.",
            ],
          },
          { type: 'h2', text: 'La zona morta temporale' },
          {
            type: 'p',
            text: "Una variabile `let` o `const` esiste dall'inizio del blocco, ma leggerla prima della riga che la dichiara lancia un `ReferenceError`: è la cosiddetta zona morta temporale [2]. Con `var` lo stesso codice restituirebbe silenziosamente `undefined`, nascondendo l'errore.",
          },
          { type: 'code', language: 'js', code: "for (var i = 0; i < 3; i++) setTimeout(() => console.log(i)) // 3 3 3\nfor (let j = 0; j < 3; j++) setTimeout(() => console.log(j)) // 0 1 2" },
          {
            type: 'p',
            text: "L'esempio mostra la conseguenza più pratica: nel ciclo con `let` ogni iterazione ha la propria variabile, e ogni funzione ricorda il proprio valore. La regola diffusa oggi è usare `const` per impostazione predefinita, `let` quando serve riassegnare, e non usare più `var`.",
          },
        ],
        summary:
          "var ha ambito di funzione e vale undefined prima della dichiarazione; let e const hanno ambito di blocco e una zona morta temporale, e const vieta la riassegnazione ma non la modifica dell'oggetto.",
        seoTitle: 'let, const e var in JavaScript: le differenze',
        seoDescription:
          'Ambito di funzione e di blocco, riassegnazione, zona morta temporale e cicli con setTimeout: le differenze concrete tra var, let e const.',
      }),
      fr: text({
        title: 'Quelle est la différence entre let, const et var en JavaScript ?',
        body: [
          {
            type: 'p',
            text: "Toutes trois déclarent des variables, mais avec des règles de portée et de réaffectation différentes. `var` existe depuis toujours et est visible dans toute la fonction qui la contient ; `let` et `const`, introduites avec ECMAScript 2015, ne sont visibles que dans le bloc entre accolades où elles apparaissent [1].",
          },
          { type: 'h2', text: 'Les différences en bref' },
          {
            type: 'ul',
            items: [
              '`var` : portée de fonction, redéclaration possible, et `undefined` avant la déclaration ;',
              '`let` : portée de bloc, réaffectation possible mais pas de redéclaration dans le même bloc ;',
              "`const` : comme `let`, mais la liaison ne peut pas être réaffectée ; l'objet référencé reste toutefois modifiable.",
            ],
          },
          { type: 'h2', text: 'La zone morte temporelle' },
          {
            type: 'p',
            text: "Une variable `let` ou `const` existe dès le début du bloc, mais la lire avant la ligne qui la déclare lève une `ReferenceError` : c'est la zone morte temporelle [2]. Avec `var`, le même code renverrait silencieusement `undefined`, ce qui masquerait l'erreur.",
          },
          { type: 'code', language: 'js', code: "for (var i = 0; i < 3; i++) setTimeout(() => console.log(i)) // 3 3 3\nfor (let j = 0; j < 3; j++) setTimeout(() => console.log(j)) // 0 1 2" },
          {
            type: 'p',
            text: "L'exemple montre la conséquence la plus concrète : dans la boucle avec `let`, chaque itération a sa propre variable, et chaque fonction se souvient de sa valeur. La règle courante aujourd'hui : `const` par défaut, `let` quand il faut réaffecter, et plus jamais `var`.",
          },
        ],
        summary:
          "var a une portée de fonction et vaut undefined avant sa déclaration ; let et const ont une portée de bloc et une zone morte temporelle, et const interdit la réaffectation mais pas la modification de l'objet.",
        seoTitle: 'let, const et var en JavaScript : les différences',
        seoDescription:
          'Portée de fonction et de bloc, réaffectation, zone morte temporelle et boucles avec setTimeout : les différences concrètes entre var, let et const.',
      }),
      en: text({
        title: 'What is the difference between let, const and var in JavaScript?',
        body: [
          {
            type: 'p',
            text: 'All three declare variables, but with different rules for scope and reassignment. `var` has always existed and is visible throughout the function that contains it; `let` and `const`, introduced in ECMAScript 2015, are only visible inside the curly-brace block where they appear [1].',
          },
          { type: 'h2', text: 'The differences at a glance' },
          {
            type: 'ul',
            items: [
              '`var`: function scope, may be redeclared, and is `undefined` before its declaration;',
              '`let`: block scope, may be reassigned but not redeclared in the same block;',
              '`const`: like `let`, but the binding cannot be reassigned; the object it points to can still be changed.',
            ],
          },
          { type: 'h2', text: 'The temporal dead zone' },
          {
            type: 'p',
            text: 'A `let` or `const` variable exists from the start of its block, but reading it before the line that declares it throws a `ReferenceError`: this is the temporal dead zone [2]. With `var` the same code would silently return `undefined`, hiding the mistake.',
          },
          { type: 'code', language: 'js', code: "for (var i = 0; i < 3; i++) setTimeout(() => console.log(i)) // 3 3 3\nfor (let j = 0; j < 3; j++) setTimeout(() => console.log(j)) // 0 1 2" },
          {
            type: 'p',
            text: 'The example shows the most practical consequence: in the `let` loop every iteration gets its own variable, and each function remembers its own value. The common rule today is `const` by default, `let` when you need to reassign, and no more `var`.',
          },
        ],
        summary:
          'var is function-scoped and undefined before its declaration; let and const are block-scoped with a temporal dead zone, and const forbids reassignment but not changes to the object itself.',
        seoTitle: 'let, const and var in JavaScript: the differences',
        seoDescription:
          'Function versus block scope, reassignment, the temporal dead zone and loops with setTimeout: the practical differences between var, let and const.',
      }),
    },
  },

  // ------------------------------------------------------------------ JavaScript: promises
  {
    key: 'js-promises-async',
    topic: 'javascript',
    sources: ['ecma-262-2024', 'mdn-using-promises'],
    publishedAt: '2026-10-06T07:40:00.000Z',
    content: {
      it: text({
        title: 'Come funzionano le Promise e async/await in JavaScript?',
        body: [
          {
            type: 'p',
            text: "Una Promise rappresenta un risultato che arriverà più tardi: una risposta di rete, la lettura di un file, un timer. Nasce in attesa (pending) e si risolve una sola volta, con un valore (fulfilled) o con un errore (rejected) [1]. Chi la riceve registra con `then` e `catch` che cosa fare in ciascun caso, invece di passare callback annidate.",
          },
          { type: 'h2', text: 'Catene e gestione degli errori' },
          {
            type: 'p',
            text: "`then` restituisce a sua volta una nuova Promise, per cui le operazioni si concatenano in sequenza leggibile; un errore in qualsiasi punto salta i passaggi successivi fino al primo `catch` [2]. Per lanciare più operazioni insieme e aspettarle tutte c'è `Promise.all`, che fallisce al primo errore, mentre `Promise.allSettled` riporta l'esito di ognuna.",
          },
          { type: 'h2', text: 'async/await' },
          { type: 'code', language: 'js', code: "async function caricaUtente(id) {\n  const risposta = await fetch(`/api/utenti/${id}`)\n  if (!risposta.ok) throw new Error(`HTTP ${risposta.status}`)\n  return risposta.json()\n}" },
          {
            type: 'p',
            text: "Una funzione `async` restituisce sempre una Promise, e `await` ne sospende l'esecuzione finché la Promise non si risolve, senza bloccare il resto del programma. Il codice si legge come se fosse sincrono, e gli errori si gestiscono con un normale `try`/`catch`.",
          },
          {
            type: 'ul',
            items: [
              'i callback di una Promise girano sempre dopo il codice in corso, nella coda delle microtask [1];',
              'due `await` di seguito su operazioni indipendenti le eseguono una dopo l\'altra: per farle in parallelo serve `Promise.all`;',
              'una Promise rifiutata senza `catch` produce un avviso di «unhandled rejection».',
            ],
          },
        ],
        summary:
          "Una Promise è un risultato futuro che si risolve una volta, con un valore o un errore; then e catch la concatenano, e async/await permette di scrivere lo stesso codice come se fosse sincrono, con try/catch.",
        seoTitle: 'Promise e async/await in JavaScript spiegati',
        seoDescription:
          'Che cos’è una Promise, come si concatenano then e catch, a cosa servono Promise.all e allSettled e come async/await rende leggibile il codice asincrono.',
      }),
      fr: text({
        title: 'Comment fonctionnent les Promise et async/await en JavaScript ?',
        body: [
          {
            type: 'p',
            text: "Une Promise représente un résultat qui arrivera plus tard : une réponse réseau, la lecture d'un fichier, une minuterie. Elle naît en attente (pending) et se résout une seule fois, avec une valeur (fulfilled) ou une erreur (rejected) [1]. Qui la reçoit indique avec `then` et `catch` quoi faire dans chaque cas, au lieu d'imbriquer des fonctions de rappel.",
          },
          { type: 'h2', text: 'Chaînes et gestion des erreurs' },
          {
            type: 'p',
            text: "`then` renvoie à son tour une nouvelle Promise, si bien que les opérations s'enchaînent en une séquence lisible ; une erreur à n'importe quelle étape saute les suivantes jusqu'au premier `catch` [2]. Pour lancer plusieurs opérations ensemble et les attendre toutes, il y a `Promise.all`, qui échoue à la première erreur, tandis que `Promise.allSettled` rapporte l'issue de chacune.",
          },
          { type: 'h2', text: 'async/await' },
          { type: 'code', language: 'js', code: "async function chargeUtilisateur(id) {\n  const reponse = await fetch(`/api/utilisateurs/${id}`)\n  if (!reponse.ok) throw new Error(`HTTP ${reponse.status}`)\n  return reponse.json()\n}" },
          {
            type: 'p',
            text: "Une fonction `async` renvoie toujours une Promise, et `await` suspend son exécution jusqu'à ce que la Promise soit résolue, sans bloquer le reste du programme. Le code se lit comme s'il était synchrone, et les erreurs se traitent avec un simple `try`/`catch`.",
          },
          {
            type: 'ul',
            items: [
              "les rappels d'une Promise s'exécutent toujours après le code en cours, dans la file des microtâches [1] ;",
              "deux `await` successifs sur des opérations indépendantes les exécutent l'une après l'autre : pour les paralléliser, il faut `Promise.all` ;",
              "une Promise rejetée sans `catch` déclenche un avertissement « unhandled rejection ».",
            ],
          },
        ],
        summary:
          "Une Promise est un résultat futur qui se résout une fois, avec une valeur ou une erreur ; then et catch l'enchaînent, et async/await permet d'écrire le même code comme s'il était synchrone, avec try/catch.",
        seoTitle: 'Promise et async/await en JavaScript expliqués',
        seoDescription:
          "Ce qu'est une Promise, comment s'enchaînent then et catch, à quoi servent Promise.all et allSettled et comment async/await rend le code asynchrone lisible.",
      }),
      en: text({
        title: 'How do Promises and async/await work in JavaScript?',
        body: [
          {
            type: 'p',
            text: 'A Promise stands for a result that will arrive later: a network response, a file read, a timer. It starts out pending and settles exactly once, either with a value (fulfilled) or with an error (rejected) [1]. Whoever receives it registers with `then` and `catch` what to do in each case, instead of nesting callbacks.',
          },
          { type: 'h2', text: 'Chains and error handling' },
          {
            type: 'p',
            text: '`then` itself returns a new Promise, so operations chain into a readable sequence; an error at any step skips the following ones until the first `catch` [2]. To start several operations together and wait for all of them there is `Promise.all`, which fails on the first error, while `Promise.allSettled` reports the outcome of each one.',
          },
          { type: 'h2', text: 'async/await' },
          { type: 'code', language: 'js', code: "async function loadUser(id) {\n  const response = await fetch(`/api/users/${id}`)\n  if (!response.ok) throw new Error(`HTTP ${response.status}`)\n  return response.json()\n}" },
          {
            type: 'p',
            text: 'An `async` function always returns a Promise, and `await` suspends it until the Promise settles, without blocking the rest of the program. The code reads as if it were synchronous, and errors are handled with an ordinary `try`/`catch`.',
          },
          {
            type: 'ul',
            items: [
              "a Promise's callbacks always run after the current code, from the microtask queue [1];",
              'two `await`s in a row on independent operations run them one after the other: to run them in parallel, use `Promise.all`;',
              'a rejected Promise with no `catch` triggers an "unhandled rejection" warning.',
            ],
          },
        ],
        summary:
          'A Promise is a future result that settles once, with a value or an error; then and catch chain it, and async/await lets you write the same code as if it were synchronous, with try/catch.',
        seoTitle: 'Promises and async/await in JavaScript explained',
        seoDescription:
          'What a Promise is, how then and catch chain, what Promise.all and allSettled are for, and how async/await makes asynchronous code readable.',
      }),
    },
  },

  // ------------------------------------------------------------------ CSS: Flexbox vs Grid
  {
    key: 'css-flexbox-vs-grid',
    topic: 'css',
    sources: ['w3c-css-flexbox-1', 'w3c-css-grid-2'],
    publishedAt: '2026-05-12T08:30:00.000Z',
    updatedAt: '2026-11-18T09:45:00.000Z',
    content: {
      it: text({
        title: 'Quando usare Flexbox e quando CSS Grid?',
        body: [
          {
            type: 'p',
            text: "Flexbox e Grid sono i due sistemi di impaginazione moderni di CSS, e non sono in concorrenza. Flexbox dispone gli elementi lungo un solo asse, riga o colonna, e distribuisce lo spazio in base al loro contenuto [1]. Grid definisce invece righe e colonne insieme, e colloca gli elementi nelle celle di una griglia decisa dal contenitore [2].",
          },
          { type: 'h2', text: 'Una regola pratica' },
          {
            type: 'ul',
            items: [
              'Flexbox per componenti in una dimensione: una barra di navigazione, un gruppo di pulsanti, un\'icona accanto a un testo;',
              'Grid per impaginazioni in due dimensioni: la struttura della pagina, una galleria, un modulo con etichette allineate;',
              "spesso si combinano: una griglia per la pagina, e Flexbox dentro le singole celle.",
            ],
          },
          { type: 'code', language: 'css', code: '.galleria {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));\n  gap: 1rem;\n}\n\n.barra {\n  display: flex;\n  justify-content: space-between;\n  align-items: center;\n}' },
          { type: 'h2', text: 'Chi comanda: il contenuto o il contenitore' },
          {
            type: 'p',
            text: "La differenza di fondo è da dove parte il progetto. Con Flexbox si parte dagli elementi: le loro dimensioni e le proprietà `flex-grow` e `flex-shrink` decidono come dividersi lo spazio, e ogni riga va a capo per conto suo [1]. Con Grid si parte dalla griglia: le tracce misurate in `fr`, `minmax()` o `auto` tengono allineati gli elementi anche tra righe diverse, e `subgrid` permette ai figli di riusare le tracce del genitore [2].",
          },
        ],
        summary:
          'Flexbox dispone gli elementi su un asse e lascia decidere al contenuto; Grid dispone righe e colonne insieme secondo una griglia del contenitore. Si usano spesso insieme: Grid per la pagina, Flexbox per i componenti.',
        seoTitle: 'Flexbox o CSS Grid: quale scegliere',
        seoDescription:
          'La differenza tra impaginazione a una e a due dimensioni, quando scegliere Flexbox e quando Grid, con esempi di galleria e barra di navigazione.',
      }),
      fr: text({
        title: 'Quand utiliser Flexbox et quand CSS Grid ?',
        body: [
          {
            type: 'p',
            text: "Flexbox et Grid sont les deux systèmes de mise en page modernes de CSS, et ils ne sont pas concurrents. Flexbox dispose les éléments le long d'un seul axe, ligne ou colonne, et répartit l'espace selon leur contenu [1]. Grid définit au contraire lignes et colonnes ensemble, et place les éléments dans les cellules d'une grille décidée par le conteneur [2].",
          },
          { type: 'h2', text: 'Une règle pratique' },
          {
            type: 'ul',
            items: [
              "Flexbox pour les composants à une dimension : une barre de navigation, un groupe de boutons, une icône à côté d'un texte ;",
              'Grid pour les mises en page à deux dimensions : la structure de la page, une galerie, un formulaire aux libellés alignés ;',
              'souvent, on combine les deux : une grille pour la page, et Flexbox dans chaque cellule.',
            ],
          },
          { type: 'code', language: 'css', code: '.galerie {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));\n  gap: 1rem;\n}\n\n.barre {\n  display: flex;\n  justify-content: space-between;\n  align-items: center;\n}' },
          { type: 'h2', text: 'Qui décide : le contenu ou le conteneur' },
          {
            type: 'p',
            text: "La différence de fond tient au point de départ. Avec Flexbox, on part des éléments : leurs dimensions et les propriétés `flex-grow` et `flex-shrink` décident du partage de l'espace, et chaque ligne passe à la suivante de son côté [1]. Avec Grid, on part de la grille : les pistes mesurées en `fr`, `minmax()` ou `auto` gardent les éléments alignés d'une ligne à l'autre, et `subgrid` permet aux enfants de réutiliser les pistes du parent [2].",
          },
        ],
        summary:
          "Flexbox dispose les éléments sur un axe et laisse le contenu décider ; Grid dispose lignes et colonnes ensemble selon une grille du conteneur. On les combine souvent : Grid pour la page, Flexbox pour les composants.",
        seoTitle: 'Flexbox ou CSS Grid : lequel choisir',
        seoDescription:
          'La différence entre mise en page à une et à deux dimensions, quand choisir Flexbox et quand Grid, avec des exemples de galerie et de barre de navigation.',
      }),
      en: text({
        title: 'When should you use Flexbox and when CSS Grid?',
        body: [
          {
            type: 'p',
            text: "Flexbox and Grid are CSS's two modern layout systems, and they are not rivals. Flexbox lays items out along a single axis, a row or a column, and shares out space according to their content [1]. Grid instead defines rows and columns together and places items in the cells of a grid set by the container [2].",
          },
          { type: 'h2', text: 'A rule of thumb' },
          {
            type: 'ul',
            items: [
              'Flexbox for one-dimensional components: a navigation bar, a group of buttons, an icon next to some text;',
              'Grid for two-dimensional layouts: the page structure, a gallery, a form with aligned labels;',
              'they are often combined: a grid for the page, and Flexbox inside each cell.',
            ],
          },
          { type: 'code', language: 'css', code: '.gallery {\n  display: grid;\n  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));\n  gap: 1rem;\n}\n\n.bar {\n  display: flex;\n  justify-content: space-between;\n  align-items: center;\n}' },
          { type: 'h2', text: 'Who is in charge: the content or the container' },
          {
            type: 'p',
            text: 'The underlying difference is where the design starts. With Flexbox you start from the items: their sizes and the `flex-grow` and `flex-shrink` properties decide how space is shared, and each line wraps on its own [1]. With Grid you start from the grid: tracks sized in `fr`, `minmax()` or `auto` keep items aligned across rows, and `subgrid` lets children reuse their parent\'s tracks [2].',
          },
        ],
        summary:
          'Flexbox lays items out on one axis and lets the content decide; Grid lays out rows and columns together on a grid set by the container. They are often used together: Grid for the page, Flexbox for components.',
        seoTitle: 'Flexbox or CSS Grid: which one to choose',
        seoDescription:
          'One-dimensional versus two-dimensional layout, when to choose Flexbox and when Grid, with gallery and navigation bar examples.',
      }),
    },
  },
]
