"""Les objectifs d'un partenariat entre entreprises."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

OBJECTIFS_PARTENARIAT: Catalogue[Concept] = Catalogue(
    "objectif de partenariat",
    (
        Concept(
            "augmenter_ca",
            "Augmenter le chiffre d'affaires",
            "Le partenariat ouvre de nouveaux clients ou de nouvelles ventes à chaque partenaire : offres "
            "communes, recommandations croisées, réponse groupée à un appel d'offres.",
            "Bureautik Pro et un installateur de réseaux informatiques répondent ensemble aux appels d'offres "
            "des collectivités et remportent des marchés qu'aucun des deux n'aurait pu obtenir seul.",
        ),
        Concept(
            "diminuer_couts",
            "Diminuer certains coûts",
            "Les partenaires mutualisent des dépenses : logistique, locaux, salons, achats groupés, communication.",
            "Bureautik Pro partage un camion de livraison et un stand au salon professionnel de Lyon avec un "
            "fabricant de mobilier de bureau.",
        ),
        Concept(
            "echange_savoir_faire",
            "Échanger des savoir-faire",
            "Chaque partenaire apporte une compétence que l'autre n'a pas : technique, commerciale, "
            "réglementaire ; les équipes se forment mutuellement.",
            "Le partenaire informatique forme les techniciens de Bureautik Pro à la sécurité des réseaux ; "
            "Bureautik Pro lui apprend à répondre aux marchés publics.",
        ),
        Concept(
            "acquerir_notoriete",
            "Acquérir de la notoriété",
            "S'associer à un partenaire connu ou à un événement augmente la visibilité et la crédibilité de "
            "l'entreprise auprès de ses cibles.",
            "Bureautik Pro devient partenaire officiel d'un salon régional des entrepreneurs : son logo figure "
            "sur tous les supports.",
        ),
        Concept(
            "trouver_reseau_distribution",
            "Trouver un réseau de distribution",
            "Le partenaire distribue les produits de l'entreprise auprès de clients qu'elle n'atteint pas seule "
            "(autre région, autre secteur, revendeurs).",
            "Un réseau de librairies-papeteries de l'Ain revend les fournitures de Bureautik Pro aux petites "
            "entreprises de son territoire.",
        ),
        Concept(
            "cadeaux_clients",
            "Faire offrir gratuitement des cadeaux aux clients",
            "Un partenaire fournit des cadeaux, échantillons ou avantages que l'entreprise offre à ses clients : "
            "le client est récompensé sans coût pour l'entreprise, le partenaire se fait connaître.",
            "Pour toute signature de contrat, Bureautik Pro offre un mois d'abonnement à un logiciel de "
            "facturation, financé par l'éditeur partenaire qui gagne ainsi des prospects.",
        ),
        Concept(
            "echange_indicateurs",
            "Échanger sur des indicateurs quantitatifs et qualitatifs",
            "Les partenaires suivent ensemble des indicateurs (ventes générées, nombre de contacts transmis, "
            "taux de satisfaction, délais) pour évaluer le partenariat et l'ajuster.",
            "Chaque trimestre, Bureautik Pro et son partenaire comparent le nombre de clients recommandés, "
            "le chiffre d'affaires réalisé et les réclamations.",
        ),
    ),
)

__all__ = ["OBJECTIFS_PARTENARIAT"]
